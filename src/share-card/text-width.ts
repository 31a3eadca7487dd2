/**
 * Widths of Noto Sans JP's characters in ems, near enough to break lines without the font at
 * hand (the SVG is written before it is rasterised). Slightly generous, so lines never overrun.
 */
function characterEms(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff))
    return code >= 0xff61 && code <= 0xff9f ? 0.5 : 1;
  if (character === ' ') return 0.23;
  if (/[0-9]/.test(character)) return 0.56;
  if (/[ilj.,:;'’|!]/.test(character)) return 0.26;
  if (/[mwMW]/.test(character)) return 0.86;
  if (/[A-Z]/.test(character)) return 0.67;
  if (/[a-z]/.test(character)) return 0.55;
  if (/[()[\]{}]/.test(character)) return 0.34;
  if (/[–—]/.test(character)) return character === '—' ? 1 : 0.55;
  return 0.6;
}

const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/**
 * Pieces a line may break between: words with their spaces, and each Japanese character (a
 * number keeps the character after it: 16日, 736件).
 */
const PIECES = new RegExp(`[^\\s${WIDE}]+[${WIDE}]?\\s*|[${WIDE}]\\s*|\\s+`, 'gu');
/** Closing marks that never start a line (kinsoku): they stay with what they close. */
const NO_LINE_START = /^[、。，．・：；）」』】〉》！？ー）,.:;!?)\]]/u;

function breakable(text: string): string[] {
  const pieces: string[] = [];
  for (const piece of text.match(PIECES) ?? []) {
    if (pieces.length > 0 && NO_LINE_START.test(piece)) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

/** The width of `text` set at `size` px in `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  let ems = 0;
  for (const character of text) ems += characterEms(character);
  return ems * size * (weight >= 600 ? 1.05 : 1);
}

/**
 * `text` in lines no wider than `maxWidth`: broken at spaces, and between any two characters in a
 * word too long for a line (as Japanese text is). Beyond `maxLines`, the last line ends in "…".
 */
export function wrapLines(
  text: string,
  size: number,
  weight: number,
  maxWidth: number,
  maxLines = Infinity,
): string[] {
  const fits = (line: string) => textWidth(line, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const add = (piece: string) => {
    if (line && !fits(line + piece.trimEnd())) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  };
  for (const word of breakable(text)) {
    if (fits(word.trimEnd())) add(word);
    else for (const character of word) add(character);
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept.pop() ?? '';
  // Noto Sans JP centres "…" as Japanese sets it; Latin text ends in three full stops instead.
  const ellipsis = new RegExp(`[${WIDE}]`, 'u').test(last) ? '…' : '...';
  while (last && !fits(`${last}${ellipsis}`)) last = [...last].slice(0, -1).join('');
  return [...kept, `${last.trimEnd()}${ellipsis}`];
}
