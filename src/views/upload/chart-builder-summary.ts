import { greatest, sum } from 'd3-array';
import { formatAnyNumber } from '$lib/format/any-number';
import { uploadChartWords as w } from '$lib/i18n';
import { MAX_GROUPS, MAX_X_VALUES, type ChartBuilderRow } from '$lib/queries/chart-builder';
import { groupLabel, xLabel } from './chart-builder-marks';

/** What the chart leaves out, in words: x values past the limit, small groups, undated rows. */
export function builderNote(rows: readonly ChartBuilderRow[]): string | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const cut = first.chronological ? w.builder.cutInOrder : w.builder.cutLargest;
  const undated = first.chronological ? sum(rows, (row) => (row.x === null ? row.rows : 0)) : 0;
  const notes = [
    first.x_total > MAX_X_VALUES ? cut(MAX_X_VALUES, first.x_total) : null,
    rows.some((row) => row.group_kind === 'other') ? w.builder.groupsCut(MAX_GROUPS) : null,
    undated > 0 ? w.builder.noXInTime(undated) : null,
  ];
  return notes.filter(Boolean).join(' ') || undefined;
}

/** The highest value drawn, where and (when grouped) in which series. */
export function builderTakeaway(
  rows: readonly ChartBuilderRow[],
  measure: string,
  grouped: boolean,
): string | null {
  const top = greatest(
    rows.filter((row) => row.y !== null),
    (row) => row.y ?? 0,
  );
  if (!top || top.y === null) return null;
  return w.builder.takeaway(
    xLabel(top.x, top.chronological),
    formatAnyNumber(top.y),
    grouped ? groupLabel(top, measure) : null,
  );
}
