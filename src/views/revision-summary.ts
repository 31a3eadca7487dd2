import { isPartialMonth, monthLabel, periodLabel, releaseRowLabel } from '$lib/format/dates';
import { formatMetricValue } from '$lib/format/metric-value';
import { t } from '$lib/i18n';
import type { Figure, MonthlyMetric } from '$lib/queries/monthly-metrics';
import type { RevisionRow } from '$lib/queries/revision-history';

/** A release's figure in the shape every chart and tooltip takes. */
export function revisionFigure(row: RevisionRow): Figure {
  return {
    value: row.value,
    release: row.release_id,
    confidence: row.confidence,
    source: row.source_url,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    absent: null,
  };
}

/** "1–16 Apr 2025" when the figure covers part of its month only. */
export function partialPeriod(row: RevisionRow): string | null {
  return isPartialMonth(row.period_start, row.period_end)
    ? periodLabel(row.period_start, row.period_end)
    : null;
}

/** How the month's figure went from its first release to its latest, in one sentence. */
export function revisionTakeaway(
  rows: readonly RevisionRow[],
  month: string,
  metric: MonthlyMetric,
): string | null {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const words = t.revisions.history;
  const subject = words.subject[metric](monthLabel(month));
  const value = (row: RevisionRow) => formatMetricValue(metric, row.value);
  if (rows.length === 1) {
    return words.takeawayOnce(subject, value(first), partialPeriod(first), releaseRowLabel(first));
  }
  const direction =
    last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'unchanged';
  return words.takeawayRevised(
    subject,
    value(first),
    partialPeriod(first),
    direction,
    value(last),
    releaseRowLabel(last),
  );
}
