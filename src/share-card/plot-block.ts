import { escapeMarkup } from '$lib/escape-markup';
import { withConcreteColours, colour } from './card-colours';
import { attribute, children, hasClass, textOf, type Element } from './html-parts';
import { CHART_FONT_SIZE } from './card-stylesheet';
import { svgText, type TextStyle } from './svg-text';

/** A drawn part of the plot, in the chart's own units, stacked top to bottom. */
interface Piece {
  /** Which list row it belongs to (rows are kept or left out whole); -1 for none. */
  row: number;
  width: number;
  height: number;
  draw: (y: number) => string;
}

export interface PlacedPlot {
  svg: string;
  width: number;
  height: number;
}

const ROW_PADDING = { top: 6, bottom: 8 };

function svgPiece(element: Element, row: number): Piece {
  const [left = 0, top = 0, width = 0, height = 0] = (attribute(element, 'viewBox') ?? '')
    .split(/\s+/)
    .map(Number);
  const classes = attribute(element, 'class') ?? 'chart-svg';
  const inner = withConcreteColours(element.inner);
  return {
    row,
    width,
    height,
    draw: (y) =>
      `<g class="${escapeMarkup(classes)}" font-size="${CHART_FONT_SIZE}" transform="translate(${-left} ${(y - top).toFixed(1)})">${inner}</g>`,
  };
}

/** The HTML text beside the charts' SVG (a stock's name and details): styled by its role. */
function textStyle(element: Element): TextStyle {
  if (element.tag === 'button' || hasClass(element, 'name')) {
    return { size: 19, weight: 700, fill: colour('text') };
  }
  const fill = hasClass(element, 'low') ? colour('error') : colour('muted');
  return { size: 16, fill, italic: hasClass(element, 'missing') };
}

const shown = (element: Element) =>
  attribute(element, 'role') !== 'tooltip' &&
  attribute(element, 'hidden') === null &&
  !hasClass(element, 'visually-hidden');

function pieces(html: string, row: number, nextRow: () => number): Piece[] {
  return children(html)
    .filter(shown)
    .flatMap((element): Piece[] => {
      if (element.tag === 'svg') return [svgPiece(element, row)];
      if (element.tag === 'li') {
        const own = nextRow();
        const padding = (height: number): Piece => ({ row: own, width: 0, height, draw: () => '' });
        return [
          padding(ROW_PADDING.top),
          ...pieces(element.inner, own, nextRow),
          padding(ROW_PADDING.bottom),
        ];
      }
      if (children(element.inner).length > 0) return pieces(element.inner, row, nextRow);
      const text = textOf(element.inner);
      if (!text) return [];
      const style = textStyle(element);
      const lineHeight = Math.round(style.size * 1.35);
      return [
        { row, width: 0, height: lineHeight, draw: (y) => svgText(8, y + style.size, text, style) },
      ];
    });
}

/**
 * A view's plot drawn at `x, y`, scaled to fit `maxWidth` × `maxHeight` (never above `maxScale`).
 * List rows that would make it smaller than `minScale` are left out from the end, keeping one.
 */
export function placePlot(
  plot: string,
  box: { x: number; y: number; maxWidth: number; maxHeight: number },
  scales = { min: 0.85, max: 1.25 },
): PlacedPlot {
  let rows = 0;
  let all = pieces(plot, -1, () => rows++);
  const heightOf = (list: Piece[]) => list.reduce((total, piece) => total + piece.height, 0);
  while (heightOf(all) * scales.min > box.maxHeight && all.some((piece) => piece.row > 0)) {
    const last = Math.max(...all.map((piece) => piece.row));
    all = all.filter((piece) => piece.row !== last);
  }
  const height = heightOf(all);
  const naturalWidth = Math.max(1, ...all.map((piece) => piece.width));
  const scale = Math.min(scales.max, box.maxWidth / naturalWidth, box.maxHeight / height);
  let y = 0;
  const drawn = all.map((piece) => {
    const markup = piece.draw(y);
    y += piece.height;
    return markup;
  });
  const transform = `translate(${box.x.toFixed(1)} ${box.y.toFixed(1)}) scale(${scale.toFixed(4)})`;
  return {
    svg: `<g transform="${transform}">${drawn.join('')}</g>`,
    width: naturalWidth * scale,
    height: height * scale,
  };
}
