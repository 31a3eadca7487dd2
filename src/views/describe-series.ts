import { describeTrend } from '$lib/charts/describe-trend';
import type { Figure } from '$lib/figures/figure';
import { monthLabel } from '$lib/format/dates';
import { t } from '$lib/i18n';

/** One drawn series: its name and each month's figure (its value null where there is none). */
export interface DescribedSeries {
  readonly label: string;
  readonly points: readonly {
    readonly month: string;
    readonly figure: Pick<Figure, 'value' | 'absent'>;
  }[];
}

/** A chart's text description: one sentence per series, in the page's language. */
export function describeSeries(
  series: readonly DescribedSeries[],
  format: (value: number) => string,
): string {
  return series
    .map((entry) =>
      describeTrend(
        entry.label,
        entry.points.map((point) => ({
          month: point.month,
          value: point.figure.value,
          absent: point.figure.absent,
        })),
        format,
        monthLabel,
        t.describe,
      ),
    )
    .join(' ');
}
