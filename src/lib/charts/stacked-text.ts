/** The distance between the lines of a label stacked upward from its last line (StackedText). */
export const STACKED_LINE = 12;

/** Where line `index` of `count` sits when the last one sits at `bottom`. */
export function stackedLineY(bottom: number, count: number, index: number): number {
  return bottom - (count - 1 - index) * STACKED_LINE;
}
