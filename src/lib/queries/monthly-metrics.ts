import type { Confidence } from '$lib/schema/provenance';

export { MONTHLY_METRICS, type MonthlyMetric } from '$lib/schema/fsa-tables';

/** One published number with where it came from. `value` is null where nothing was published. */
export interface Figure {
  readonly value: number | null;
  readonly release: string | null;
  readonly confidence: Confidence | null;
  readonly source: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
}

/** `latest` = the newest published figure for each month and metric; otherwise a release_id. */
export type ReleaseChoice = string;
export const LATEST: ReleaseChoice = 'latest';
