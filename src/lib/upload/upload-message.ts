/**
 * Everything the upload says to the reader, as a code and the facts it needs. The pure code and
 * the worker produce these; only the view turns them into words, in the reader's language of the
 * moment (`src/lib/i18n/*-upload-messages.ts`).
 */
export interface UploadMessageParams {
  // Why one cell was rejected.
  empty: object;
  required: object;
  'not-a-number': object;
  'number-letters': object;
  'number-japanese-comma': object;
  'number-two-points': object;
  'number-repeated-unit': object;
  'number-units-order': object;
  'number-unknown-unit': object;
  'number-sign-after': object;
  'number-bad-grouping': object;
  'number-space': object;
  'number-decimal-in-parts': object;
  'number-overlap-oku-man': object;
  'number-overlap-man': object;
  'number-overlap-oku': object;
  'number-two-signs': object;
  'number-yen-and-unit': { unit: string };
  'number-too-large': object;
  'count-is-yen': object;
  'count-negative': object;
  'count-not-whole': object;
  'amount-not-yen': { unit: string };
  'amount-negative': object;
  'not-a-date': object;
  'not-a-month': object;
  'not-a-calendar-date': object;
  'date-without-day': object;
  'date-year-last': object;
  'date-year-after-month': object;
  'date-two-digit-year': object;
  'date-no-year': object;
  'date-old-era': object;
  'date-time-of-day': object;
  'date-mixed-separators': object;
  'date-year-only': object;
  'date-eight-digits': object;
  'date-era-year-zero': object;
  'date-month-out-of-range': { month: number };
  'date-no-such-day': { date: string };
  'date-before-era': { written: string; era: 'reiwa' | 'heisei'; first: string };
  'date-after-era': { written: string; era: 'reiwa' | 'heisei'; last: string };
  'not-a-web-address': object;
  'not-one-of': { values: readonly string[] };
  // Why a whole line was rejected.
  'line-fewer-cells': object;
  'line-more-cells': object;
  'line-unclosed-quote': object;
  'line-bad-encoding': object;
  /** DuckDB's own words for a record it could not split, kept as it said them. */
  'line-unreadable': { detail: string };
  'line-too-long': { bytes: number };
  // Why a file cannot be read at all.
  'file-empty': object;
  'file-binary': object;
  'file-unreadable': object;
  'file-blank': object;
  'file-header-only': object;
  'file-first-line-too-long': { bytes: number };
  'fsa-duplicate-figure': { first: string; second: string };
  'fsa-figures-without-month': { column: number };
  'fsa-unreadable-month': { column: string };
  'fsa-no-such-day': { column: string };
  'fsa-no-year': { columns: readonly string[] };
  // What was read but not loaded, or how the file was read.
  'fsa-row-skipped': { label: string };
  'fsa-total-column': { column: string };
  'fsa-span-column': { column: string };
  'fsa-beyond-heading': { rows: number };
  'fsa-pivoted': object;
  'unclosed-quote': { row: number };
  'row-above-table': { line: number; text: string };
  'row-units': { line: number };
  'row-total': { line: number; label: string };
  'row-footnote': { line: number; text: string };
  /** Totals and footnotes past the first ones named, counted, between two lines. */
  'rows-left-out-more': { totals: number; footnotes: number; first: number; last: number };
  'empty-columns': { columns: number };
  // Why a workbook cannot be read (src/lib/upload/workbook/workbook-error.ts).
  'workbook-too-large': { bytes: number; limit: number };
  'workbook-unpacks-too-large': { limit: number };
  'workbook-size-lies': { part: string };
  'workbook-too-many-cells': { sheet: string; limit: number };
  'workbook-xls': object;
  'workbook-xlsb': object;
  'workbook-unsupported-zip': { part: string };
  'workbook-damaged': { part: string };
  'workbook-doctype': { part: string };
  'workbook-no-sheets': object;
  // Why the reader's choices cannot be loaded yet.
  'plan-two-columns': { first: string; second: string; target: string };
  'plan-required': { column: string };
  'plan-bad-constant': { column: string; value: string; reason: CellReason };
  'plan-merge-built-in-only': object;
  // Why a load stopped; nothing was changed.
  'nothing-loaded': { file: string };
  'file-too-large': {
    fileBytes: number;
    limitBytes: number;
    /** The share of the file that would fit, 0 to 1, and about how many of its rows that is. */
    fitsShare: number;
    fitsRows: number;
    command: string;
  };
  /** DuckDB could not read the file at all; where it says, the line and column. */
  'engine-read-failed': { line: number | null; column: number | null; detail: string };
  'merge-duplicate-key': { key: readonly string[]; value: string; table: string; lines: string };
  'merge-unknown-reference': { table: string; column: string; value: string; target: string };
}

export type UploadMessageCode = keyof UploadMessageParams;

export type UploadMessage = {
  [C in UploadMessageCode]: { readonly code: C } & Readonly<UploadMessageParams[C]>;
}[UploadMessageCode];

export type MessageOf<C extends UploadMessageCode> = Extract<UploadMessage, { code: C }>;

/** The reasons one cell (or, with no column, one line) can be rejected for. */
export type CellReason = UploadMessage;

/** A message as text for DuckDB to carry (a cell's reason column), and back. */
export const messageJson = (message: UploadMessage): string => JSON.stringify(message);

/** The messages of a JSON array DuckDB built from messageJson texts; anything else is kept bare. */
export function parseMessages(text: string | null): UploadMessage[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.filter(
      (item): item is UploadMessage => typeof item === 'object' && item !== null && 'code' in item,
    );
  } catch {
    return [{ code: 'line-unreadable', detail: text }];
  }
}
