import type { CellReason } from '$lib/upload/upload-message';

export const NOT_A_NUMBER: CellReason = { code: 'not-a-number' };

/** Ways a number is commonly miswritten, checked in order; the first that fits names the rule. */
const MISTAKES: readonly (readonly [RegExp, CellReason])[] = [
  [/[a-z]/i, { code: 'number-letters' }],
  [/、/, { code: 'number-japanese-comma' }],
  [/\.\d*\./, { code: 'number-two-points' }],
  [/万.*万|億.*億/, { code: 'number-repeated-unit' }],
  [/万.*億/, { code: 'number-units-order' }],
  [/[千兆]/, { code: 'number-unknown-unit' }],
  [/[\d,.]\s*[-+▲△]/, { code: 'number-sign-after' }],
  [/,/, { code: 'number-bad-grouping' }],
  [/\d\s+[\d.]/, { code: 'number-space' }],
];

/** Why half-width, trimmed `text` is not a number the reader understands. */
export function numberProblem(text: string): CellReason {
  return MISTAKES.find(([pattern]) => pattern.test(text))?.[1] ?? NOT_A_NUMBER;
}
