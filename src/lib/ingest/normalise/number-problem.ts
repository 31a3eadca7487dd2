export const NOT_A_NUMBER =
  'is not a number (digits, separators, 約, 万/億 and a unit are understood)';

/** Ways a number is commonly miswritten, checked in order; the first that fits names the rule. */
const MISTAKES: readonly (readonly [RegExp, string])[] = [
  [/[a-z]/i, 'contains letters (digits, separators, 約, 万/億 and a unit are understood)'],
  [/、/, 'has a Japanese comma 、, which lists things and does not separate thousands'],
  [/\.\d*\./, 'has two decimal points'],
  [/万.*万|億.*億/, 'repeats 万 or 億'],
  [/万.*億/, 'has 万 before 億; the larger unit comes first, as in 3億2000万'],
  [/[千兆]/, 'uses 千 or 兆; only 万 and 億 are understood'],
  [/[\d,.]\s*[-+▲△]/, 'has a sign after its digits; a sign comes first, as in ▲789 or -789'],
  [/,/, 'has a comma that does not split the digits into groups of three, as 1,422 does'],
  [/\d\s+[\d.]/, 'has a space between its digits'],
];

/** Why half-width, trimmed `text` is not a number the reader understands. */
export function numberProblem(text: string): string {
  const mistake = MISTAKES.find(([pattern]) => pattern.test(text));
  return (
    mistake?.[1] ?? 'is not a number (digits, separators, 約, 万/億 and a unit are understood)'
  );
}
