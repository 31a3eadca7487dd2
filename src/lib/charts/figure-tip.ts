import { isPartialMonth, periodLabel, releaseLabel } from '$lib/format/dates';
import { sourceHost } from '$lib/format/source-host';
import { t } from '$lib/i18n';
import type { Figure } from '$lib/figures/figure';

/**
 * What every tooltip says about where a figure came from; without its release where the tooltip's
 * title names it already (a point of the revision history).
 */
export function provenanceLines(figure: Figure, { withRelease = true } = {}): string[] {
  const lines: string[] = [];
  if (
    figure.periodStart &&
    figure.periodEnd &&
    isPartialMonth(figure.periodStart, figure.periodEnd)
  ) {
    lines.push(`${t.chart.period}: ${periodLabel(figure.periodStart, figure.periodEnd)}`);
  }
  if (figure.release && withRelease)
    lines.push(`${t.chart.release}: ${releaseLabel(figure.release)}`);
  if (figure.confidence) lines.push(t.confidenceNote[figure.confidence]);
  if (figure.source) lines.push(`${t.chart.source}: ${sourceHost(figure.source)}`);
  return lines;
}

/** The sources behind a set of figures, for the chart's source line. */
export function sourcesOf(figures: readonly Figure[]): string[] {
  return figures.flatMap((figure) => (figure.source ? [figure.source] : []));
}
