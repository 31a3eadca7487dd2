import { CARD_FONT } from './card-stylesheet';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an XML element or a double-quoted attribute. */
export const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

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
  return `<text ${attributes.filter(Boolean).join(' ')}>${escapeXml(text)}</text>`;
}
