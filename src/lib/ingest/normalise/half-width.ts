const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
/** Full-width forms sit at a fixed distance from their ASCII twins (U+FF01 is "!"). */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Text as Japanese sources write it, with its full-width ASCII (digits, ，．－／：＋（）％ and
 * letters), the minus sign U+2212 and the ideographic space made plain ASCII, then trimmed.
 * The Japanese comma 、 stays: it lists things and never separates thousands.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (char) =>
      String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(/\u2212/g, '-')
    .replace(/\u3000/g, ' ')
    .trim();
}
