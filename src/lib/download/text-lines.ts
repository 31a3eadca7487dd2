let context: CanvasRenderingContext2D | null = null;

function measuring(font: string): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  return context;
}

/** Where a line's baseline falls below the top of its box, for text in `font`. */
export function fontAscent(font: string, lineHeight: number): number {
  const metrics = measuring(font)?.measureText('Hg');
  const ascent = metrics?.fontBoundingBoxAscent;
  const descent = metrics?.fontBoundingBoxDescent;
  if (!ascent || !descent) return lineHeight * 0.8;
  return lineHeight * (ascent / (ascent + descent));
}

/**
 * `text` broken into lines no wider than `maxWidth` in `font`: at spaces where there are any,
 * between any two characters in a word too long for a line (as Japanese text is).
 */
export function wrapText(text: string, font: string, maxWidth: number): string[] {
  const ctx = measuring(font);
  const width = (value: string) => ctx?.measureText(value).width ?? value.length * 8;
  const lines: string[] = [];
  let line = '';
  const add = (piece: string) => {
    if (line && width(line + piece.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  };
  for (const word of text.match(/\S+\s*/g) ?? []) {
    if (width(word.trimEnd()) <= maxWidth) add(word);
    else for (const character of word) add(character);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
