/** Ways a date or month is commonly miswritten, checked in order; the first that fits names it. */
const MISTAKES: readonly (readonly [RegExp, string])[] = [
  [
    /^\d{1,2}([-/.])\d{1,2}\1\d{4}$/,
    'puts the year last (as in 04/16/2025 or 16/04/2025), so day and month cannot be told apart; write 2025-04-16',
  ],
  [/^\d{1,2}[-/.]\d{4}$/, 'puts the year after the month; write 2025-04'],
  [
    /^\d{2}(?:[-/.]\d{1,2}){2}$|^\d{2}\s*年/,
    'has a two-digit year, which is ambiguous; write 2025 or 令和7年',
  ],
  [/^\d{1,2}\s*月|^\d{1,2}[-/.]\d{1,2}$/, 'has no year'],
  [
    /^(?:昭和|大正|明治|[SsTtMm]\s*\d)/,
    'is in an era before Heisei; only 令和 and 平成 are understood',
  ],
  [/\d\s*[ T]\s*\d{1,2}:\d{2}/, 'has a time of day as well as a date'],
  [/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/, 'mixes separators; use one, as in 2025-04-16 or 2025/4/16'],
  [/^(?:\d{4}|(?:令和|平成|[RrHh])\s*(?:元|\d{1,2}))\s*年?$/, 'is a year without a month'],
  [/^\d{8}$/, 'is eight digits without separators; write 2025-04-16'],
];

/** Why half-width, trimmed `text` is not a date or month the reader understands. */
export function dateProblem(text: string, fallback: string): string {
  return MISTAKES.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}
