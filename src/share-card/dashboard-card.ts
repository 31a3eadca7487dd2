import { cardWords, t } from '$lib/i18n';
import { colour } from './card-colours';
import { CARD, CONTENT_WIDTH, cardTitle, footer, paragraph } from './card-frame';
import { legendRows } from './legend-row';
import { placePlot } from './plot-block';
import type { HeadlineTotal, ViewParts } from './view-parts';

const GAP = 24;

function totalsRow(totals: readonly HeadlineTotal[], y: number): { svg: string; height: number } {
  const width = (CONTENT_WIDTH - GAP * (totals.length - 1)) / Math.max(1, totals.length);
  const cells = totals.map((total, index) => {
    const x = CARD.padding + index * (width + GAP);
    const value = paragraph(
      total.value,
      { x, y, maxWidth: width, maxLines: 1 },
      { size: 42, weight: 700, fill: colour('text') },
      50,
    );
    const label = paragraph(
      total.label,
      { x, y: y + value.height, maxWidth: width, maxLines: 3 },
      { size: 18, weight: 700, fill: colour('text') },
      23,
    );
    const span = paragraph(
      total.span,
      { x, y: y + value.height + label.height + 2, maxWidth: width, maxLines: 3 },
      { size: 15, fill: total.fullYear ? colour('muted') : colour('error') },
      19,
    );
    return {
      svg: value.svg + label.svg + span.svg,
      height: value.height + label.height + 2 + span.height,
    };
  });
  return {
    svg: cells.map((cell) => cell.svg).join(''),
    height: Math.max(0, ...cells.map((cell) => cell.height)),
  };
}

/**
 * The body of the dashboard's card: the site's title, the headline's stated totals, the monthly
 * chart with the headline's sentence beside it, and whose figures as of when, with the address.
 */
export function dashboardCardBody(
  headline: { rise: string | null; totals: readonly HeadlineTotal[] },
  monthly: ViewParts,
  dateLine: string,
  address: string,
): string {
  const x = CARD.padding;
  const title = cardTitle(t.siteTitle, { size: 38, maxLines: 1, raise: 10 });
  let y = title.y + title.height + 4;
  const totals = totalsRow(headline.totals, y);
  y += totals.height + 12;
  const foot = footer([
    { text: `${cardWords.fsaSource} · ${dateLine}`, strong: true },
    { text: address },
  ]);
  const chartWidth = Math.round(CONTENT_WIDTH * 0.68);
  const legend = legendRows(monthly.legend, { x, y, maxWidth: CONTENT_WIDTH }, 18, colour('text'));
  const plotTop = y + legend.height + 4;
  const plot = placePlot(monthly.plot, {
    x,
    y: plotTop,
    maxWidth: chartWidth,
    maxHeight: foot.top - 12 - plotTop,
  });
  const riseX = x + plot.width + GAP;
  const rise = headline.rise
    ? paragraph(
        headline.rise,
        { x: riseX, y: plotTop + 16, maxWidth: CARD.width - CARD.padding - riseX, maxLines: 6 },
        { size: 27, weight: 700, fill: colour('text') },
        36,
      )
    : { svg: '' };
  return [title.svg, totals.svg, legend.svg, plot.svg, rise.svg, foot.svg].join('\n');
}
