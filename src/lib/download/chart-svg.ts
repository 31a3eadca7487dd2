import { drawDom } from './dom-to-svg';
import { resolveColour, svgElement } from './svg-element';
import { wrapText } from './text-lines';

/** The words an exported image carries besides the chart itself. */
export interface ChartImageText {
  title: string;
  takeaway: string | null;
  /** The source line as the page shows it. */
  sources: string;
  /** Whose figures, as of when: "Figures as published on 18 Apr 2025". */
  date: string;
  /** The page's address, so that a copied image leads back to it. */
  address: string;
}

export interface ChartImage {
  svg: string;
  /** CSS pixels. */
  width: number;
  height: number;
}

const PAD = 20;
const GAP = 12;

/**
 * A standalone SVG file of a chart figure: title, takeaway, legend and plot as the reader sees
 * them, then the sources, the date of the figures and the page's address.
 */
export function chartSvg(figure: HTMLElement, text: ChartImageText): ChartImage {
  const style = getComputedStyle(figure);
  const family = style.fontFamily;
  const ink = style.color;
  const muted = resolveColour(figure, 'var(--muted)');
  const parts = [...figure.querySelectorAll(':scope > .legend, :scope > .plot')];
  const innerWidth = Math.ceil(Math.max(280, ...parts.map((part) => part.clientWidth)));
  const width = innerWidth + 2 * PAD;
  const body = svgElement('g');
  let y = PAD;

  const paragraph = (value: string, size: number, weight: number, fill: string, gap: number) => {
    const font = `${weight} ${size}px ${family}`;
    const lineHeight = Math.round(size * 1.4);
    for (const line of wrapText(value, font, innerWidth)) {
      y += lineHeight;
      const attributes = { x: PAD, y: y - Math.round(size * 0.35), fill };
      const fontAttributes = { 'font-size': size, 'font-weight': weight };
      body.append(svgElement('text', { ...attributes, ...fontAttributes }, line));
    }
    y += gap;
  };

  paragraph(text.title, 18, 700, ink, 4);
  if (text.takeaway) paragraph(text.takeaway, 15, 400, ink, GAP);
  else y += GAP;
  for (const part of parts) {
    const drawn = drawDom(part);
    drawn.group.setAttribute('transform', `translate(${PAD} ${y.toFixed(1)})`);
    body.append(drawn.group);
    y += drawn.height + 4;
  }
  y += GAP - 4;
  if (text.sources) paragraph(text.sources, 12, 400, muted, 2);
  paragraph(text.date, 12, 600, ink, 2);
  paragraph(text.address, 12, 400, muted, 0);
  const height = Math.ceil(y + PAD);

  const svg = svgElement('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': family,
  });
  svg.append(
    svgElement('title', {}, text.title),
    svgElement('rect', { width, height, fill: style.backgroundColor }),
    body,
  );
  const xml = new XMLSerializer().serializeToString(svg);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}
