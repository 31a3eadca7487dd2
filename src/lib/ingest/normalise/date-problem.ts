import type { CellReason } from '$lib/upload/upload-message';

/** Ways a date or month is commonly miswritten, checked in order; the first that fits names it. */
const MISTAKES: readonly (readonly [RegExp, CellReason])[] = [
  [/^\d{1,2}([-/.])\d{1,2}\1\d{4}$/, { code: 'date-year-last' }],
  [/^\d{1,2}[-/.]\d{4}$/, { code: 'date-year-after-month' }],
  [/^\d{2}(?:[-/.]\d{1,2}){2}$|^\d{2}\s*年/, { code: 'date-two-digit-year' }],
  [/^\d{1,2}\s*月|^\d{1,2}[-/.]\d{1,2}$/, { code: 'date-no-year' }],
  [/^(?:昭和|大正|明治|[SsTtMm]\s*\d)/, { code: 'date-old-era' }],
  [/\d\s*[ T]\s*\d{1,2}:\d{2}/, { code: 'date-time-of-day' }],
  [/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/, { code: 'date-mixed-separators' }],
  [/^(?:\d{4}|(?:令和|平成|[RrHh])\s*(?:元|\d{1,2}))\s*年?$/, { code: 'date-year-only' }],
  [/^\d{8}$/, { code: 'date-eight-digits' }],
];

/** Why half-width, trimmed `text` is not a date or month the reader understands. */
export function dateProblem(text: string, fallback: CellReason): CellReason {
  return MISTAKES.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}
