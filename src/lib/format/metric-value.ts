import { fsaMonthly } from '$lib/schema/fsa-tables';
import type { MonthlyMetric } from '$lib/queries/monthly-metrics';
import { formatAmount, formatCount, formatOku } from './numbers';

/** True for the metrics published in 億円 (rounded, 約) rather than as counts. */
export function isAmount(metric: MonthlyMetric): boolean {
  return fsaMonthly.columns.some((column) => column.name === metric && column.kind === 'oku_yen');
}

/** 2987 → "2,987"; 1561 億円 → "¥156.1bn (1,561 億円)", in Japanese "1,561億円". */
export function formatMetricValue(metric: MonthlyMetric, value: number): string {
  return isAmount(metric) ? formatAmount(value) : formatCount(value);
}

/** A signed difference in the metric's own unit: "+3", "−0.7 億円", "0". */
export function formatMetricDifference(metric: MonthlyMetric, difference: number): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  return sign + formatAsPublished(metric, Math.abs(difference));
}

/** The figure in the unit the FSA wrote it in: "2,987", "1,611.8 億円". */
export function formatAsPublished(metric: MonthlyMetric, value: number): string {
  return isAmount(metric) ? formatOku(value) : formatCount(value);
}
