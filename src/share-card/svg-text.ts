import { escapeMarkup } from '$lib/escape-markup';
import { CARD_FONT } from './card-stylesheet';

export interface TextStyle {
  size: number;
  weight?: number;
  fill: string;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of SVG text whose baseline is at `y`. */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const attributes = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-family="${CARD_FONT}"`,
    `font-size="${style.size}"`,
    `font-weight="${style.weight ?? 400}"`,
    `fill="${style.fill}"`,
    style.italic ? 'font-style="italic"' : '',
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
  ];
  return `<text ${attributes.filter(Boolean).join(' ')}>${escapeMarkup(text)}</text>`;
}
