import { monthOrPeriod } from '$lib/format/dates';
import type { Figure } from '$lib/figures/figure';

/** A month's figure that was published, with its value known to be a number. */
export interface Published {
  readonly month: string;
  readonly figure: Figure;
  readonly value: number;
}

/** The published figures of one metric, oldest month first; unpublished months are left out. */
export function published<Row extends { month: string }>(
  rows: readonly Row[],
  pick: (row: Row) => Figure,
): Published[] {
  return rows.flatMap((row) => {
    const figure = pick(row);
    return figure.value === null ? [] : [{ month: row.month, figure, value: figure.value }];
  });
}

/** "Apr 2025", or "1–16 Apr 2025" when the figure covers part of the month. */
export function whenPublished({ month, figure }: Published): string {
  return monthOrPeriod(month, figure.periodStart, figure.periodEnd);
}
