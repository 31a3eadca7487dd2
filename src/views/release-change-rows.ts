import type { ChangeRow } from '$lib/charts/ChangeBars.svelte';
import { isPartialMonth, monthLabel, monthOrPeriod } from '$lib/format/dates';
import { formatAsPublished, formatMetricDifference } from '$lib/format/metric-value';
import { formatPercentChange } from '$lib/format/percent-change';
import { releaseChangeWords, t } from '$lib/i18n';
import type { ReleaseChange } from '$lib/queries/release-changes';

/** What a reader is shown of a release: its revisions and first publications, not repeats. */
export const shownChanges = (changes: readonly ReleaseChange[]) =>
  changes.filter((change) => change.kind !== 'unchanged');

export const changeLabel = (change: ReleaseChange) =>
  releaseChangeWords.rowLabel(monthLabel(change.month), t.revisions.history.metric[change.metric]);

/** The earlier figure's days against the new one's, when they differ ("1–16 Apr 2025"). */
export function periodChange(change: ReleaseChange): string | null {
  const { previousPeriodStart: start, previousPeriodEnd: end } = change;
  if (start === null || end === null) return null;
  if (start === change.periodStart && end === change.periodEnd) return null;
  const days = (from: string, to: string) =>
    isPartialMonth(from, to) ? monthOrPeriod(change.month, from, to) : monthLabel(change.month);
  return releaseChangeWords.periodChanged(
    days(start, end),
    days(change.periodStart, change.periodEnd),
  );
}

/** A change as the chart draws it. */
export function changeRow(change: ReleaseChange): ChangeRow {
  const label = changeLabel(change);
  const value = formatAsPublished(change.metric, change.value);
  const key = `${change.month} ${change.metric}`;
  const periodChanged = periodChange(change) !== null;
  if (change.previousValue === null || change.difference === null)
    return {
      key,
      label,
      change: null,
      text: releaseChangeWords.addedText(value),
      periodChanged,
      description: releaseChangeWords.addedRow(label, value),
    };
  const before = formatAsPublished(change.metric, change.previousValue);
  const relative = change.previousValue === 0 ? null : change.difference / change.previousValue;
  const difference = formatMetricDifference(change.metric, change.difference);
  return {
    key,
    label,
    change: relative ?? 0,
    text: releaseChangeWords.revisedText(
      before,
      value,
      relative === null ? difference : formatPercentChange(relative),
    ),
    periodChanged,
    description: releaseChangeWords.revisedRow(label, before, value, difference),
  };
}
