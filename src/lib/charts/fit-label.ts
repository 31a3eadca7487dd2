/** Rough advance of a character at the charts' 12px: wide for CJK and full-width forms. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 12 : 6.6;
}

/** `text` cut with an ellipsis to fit `width` pixels; SVG text cannot wrap or clip itself. */
export function fitLabel(text: string, width: number): string {
  let used = 0;
  const chars = [...text];
  for (let index = 0; index < chars.length; index += 1) {
    used += charWidth(chars[index] ?? '');
    if (used > width) return `${chars.slice(0, Math.max(1, index - 1)).join('')}…`;
  }
  return text;
}

/** Estimated width of `text` in pixels, to space tick labels. */
export function labelWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}
