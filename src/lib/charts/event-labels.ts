/** A label's place: its text spans left…right in its row, its leader line runs down at `rule`. */
export interface LabelSpot {
  left: number;
  right: number;
  rule: number;
  row: number;
  lines: string[];
}

const GAP = 8;

/** A rough width of 11px text: wide characters (kana, kanji) take a full em. */
function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 11 : 6.3), 0) + 4;
}

/** Two lines of about equal length: at the space nearest the middle, or mid-word without spaces. */
export function splitInTwo(text: string): string[] {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index);
  const middle = text.length / 2;
  const at = spaces.length
    ? spaces.reduce((best, index) =>
        Math.abs(index - middle) < Math.abs(best - middle) ? index : best,
      )
    : Math.ceil(middle);
  const lines = [text.slice(0, at).trim(), text.slice(at).trim()].filter(Boolean);
  return lines.length ? lines : [text];
}

/**
 * Stacks labels in rows, right to left, so that no two overlap and no label's leader line crosses
 * another label. Each label begins at its event, or ends there when that fits better. Returns null
 * when the labels cannot all be placed so (the caller then tries them on two lines).
 */
export function labelRows(
  items: readonly { x: number; lines: string[] }[],
  bounds: { left: number; right: number },
): LabelSpot[] | null {
  const placed: LabelSpot[] = [];
  const result: LabelSpot[] = new Array<LabelSpot>(items.length);
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.x - a.item.x);
  for (const { item, index } of order) {
    const width = Math.max(...item.lines.map(textWidth));
    const spans = [
      { left: item.x, right: item.x + width },
      { left: item.x - width, right: item.x },
    ].filter((span) => span.left >= bounds.left && span.right <= bounds.right);
    const clear = (span: { left: number; right: number }, row: number) =>
      placed.every((other) => {
        if (other.row === row)
          return span.right + GAP <= other.left || span.left >= other.right + GAP;
        if (other.row > row) return other.rule < span.left - 2 || other.rule > span.right + 2;
        return item.x < other.left - 2 || item.x > other.right + 2;
      });
    const rows = placed.reduce((top, other) => Math.max(top, other.row + 1), 0);
    let spot: LabelSpot | null = null;
    for (let row = 0; row <= rows && !spot; row += 1) {
      const span = spans.find((candidate) => clear(candidate, row));
      if (span) spot = { ...span, rule: item.x, row, lines: item.lines };
    }
    if (!spot) return null;
    placed.push(spot);
    result[index] = spot;
  }
  return result;
}
