import { colour } from './card-colours';
import { CARD, CONTENT_WIDTH, cardTitle, dateAndAddress, footer, paragraph } from './card-frame';
import { legendRows } from './legend-row';
import { placePlot } from './plot-block';
import type { ViewParts } from './view-parts';

/** The body of a chart's card: its title, takeaway, legend and chart, and its sources. */
export function chartCardBody(parts: ViewParts, dateLine: string, address: string): string {
  const x = CARD.padding;
  const title = cardTitle(parts.title, { size: 36, maxLines: 2, raise: 8 });
  let y = title.y + title.height + 4;
  const takeaway = parts.takeaway
    ? paragraph(
        parts.takeaway,
        { x, y, maxWidth: CONTENT_WIDTH, maxLines: 3 },
        { size: 24, fill: colour('text') },
      )
    : { svg: '', height: 0 };
  y += takeaway.height + 14;
  const legend = legendRows(parts.legend, { x, y, maxWidth: CONTENT_WIDTH }, 19, colour('text'));
  y += legend.height + 8;
  const foot = footer([{ text: parts.sources }, ...dateAndAddress(dateLine, address)]);
  const plot = placePlot(parts.plot, {
    x,
    y,
    maxWidth: CONTENT_WIDTH,
    maxHeight: foot.top - 14 - y,
  });
  return [title.svg, takeaway.svg, legend.svg, plot.svg, foot.svg].join('\n');
}
