export { MONTHLY_METRICS, type MonthlyMetric } from '$lib/schema/fsa-tables';
export type { Figure } from '$lib/figures/figure';
export { LATEST, type ReleaseChoice } from '$lib/figures/release-choice';
