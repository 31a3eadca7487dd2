import { escapeMarkup } from '$lib/escape-markup';
import { PALETTE } from '$lib/charts/palette';
import { colour } from './card-colours';
import { CARD_FONT, CARD_STYLESHEET } from './card-stylesheet';
import { svgText, type TextStyle } from './svg-text';
import { textWidth, wrapLines } from './text-width';

export const CARD = { width: 1200, height: 630, padding: 48 } as const;
export const CONTENT_WIDTH = CARD.width - 2 * CARD.padding;
const ACCENT = 10;

/** Lines of wrapped text from `y` (their top) down; returns the SVG and the height they take. */
export function paragraph(
  text: string,
  at: { x: number; y: number; maxWidth: number; maxLines?: number },
  style: TextStyle,
  lineHeight = Math.round(style.size * 1.3),
): { svg: string; height: number } {
  const lines = wrapLines(text, style.size, style.weight ?? 400, at.maxWidth, at.maxLines);
  const baseline = (index: number) =>
    at.y + index * lineHeight + (lineHeight + style.size * 0.7) / 2;
  return {
    svg: lines.map((line, index) => svgText(at.x, baseline(index), line, style)).join(''),
    height: lines.length * lineHeight,
  };
}

/** The card's foot: lines of small type above the bottom edge, the first of them in `ink`. */
const FOOT = { size: 19, lineHeight: 27 };

/** A card's title in bold across the whole width, from the top padding (less `raise`). */
export function cardTitle(
  text: string,
  { size, maxLines, raise }: { size: number; maxLines: number; raise: number },
): { svg: string; height: number; y: number } {
  const y = CARD.padding - raise;
  const at = { x: CARD.padding, y, maxWidth: CONTENT_WIDTH, maxLines };
  return { ...paragraph(text, at, { size, weight: 700, fill: colour('text') }), y };
}

export interface FootLine {
  text: string;
  strong?: boolean;
}

/** The date of the figures and the address: on one line where both fit, else on two. */
export function dateAndAddress(dateLine: string, address: string): FootLine[] {
  const joined = `${dateLine} · ${address}`;
  return textWidth(joined, FOOT.size, 700) <= CONTENT_WIDTH
    ? [{ text: joined, strong: true }]
    : [{ text: dateLine, strong: true }, { text: address }];
}

export function footer(lines: readonly FootLine[]): { svg: string; top: number } {
  const { size, lineHeight } = FOOT;
  const top = CARD.height - CARD.padding + 12 - lines.length * lineHeight;
  const svg = lines
    .map(
      ({ text, strong }, index) =>
        paragraph(
          text,
          { x: CARD.padding, y: top + index * lineHeight, maxWidth: CONTENT_WIDTH, maxLines: 1 },
          { size, weight: strong ? 700 : 400, fill: strong ? colour('text') : colour('muted') },
          lineHeight,
        ).svg,
    )
    .join('');
  return { svg, top };
}

/** The standalone 1200×630 SVG document of a card. */
export function cardDocument(title: string, body: string, lang: string): string {
  const { width, height } = CARD;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CARD_FONT}" xml:lang="${lang}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${CARD_STYLESHEET}</style>`,
    `<rect width="${width}" height="${height}" fill="${colour('panel')}"/>`,
    `<rect width="${width}" height="${ACCENT}" fill="${PALETTE.vermillion}"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
