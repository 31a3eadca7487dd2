import type { UploadMessage } from '../upload-message';
import type { Sniffed } from '../types';
import {
  countReplacements,
  decodeAsChosen,
  decodeSample,
  detectEncoding,
  type ChosenEncoding,
} from './decode';
import { detectDelimiter } from './delimiter';
import { isFsaWideLayout, pivotFsaWide } from './fsa-wide';
import { detectHeader, placeholderHeaders, uniqueHeaders } from './header';
import { suggestMapping, suggestMappingFor } from './mapping';
import { sampleRows } from './rows';
import { byteProblem } from './text-bytes';

export interface SniffOptions {
  /** The bytes are the start of a longer file. */
  readonly truncated: boolean;
  /** The encoding the reader chose, instead of the guess. */
  readonly encoding?: ChosenEncoding;
  /** The year of an FSA table whose month headers give only the month (2月). */
  readonly year?: number;
}

/** What sniffing found, plus what `Sniffed` has no place for yet. */
export interface SniffReport extends Sniffed {
  /** Characters that could not be read in the encoding used (each shown as U+FFFD). */
  readonly replacementCharacters: number;
  /** What was read but not turned into rows, for example an FSA table's 合計 column. */
  readonly notes: readonly UploadMessage[];
}

export const BLANK_PROBLEM: UploadMessage = { code: 'file-blank' };
const SAMPLE_ROWS = 100;
const PREVIEW_ROWS = 20;

const padded = (cells: readonly string[], width: number) => [
  ...cells,
  ...Array<string>(Math.max(0, width - cells.length)).fill(''),
];

const HEADER_ONLY_PROBLEM: UploadMessage = { code: 'file-header-only' };

const unclosedQuoteNote = (row: number): UploadMessage => ({ code: 'unclosed-quote', row });

function decode(bytes: Uint8Array, options: SniffOptions) {
  if (options.encoding === undefined) {
    const detected = detectEncoding(bytes);
    if ('problem' in detected) return detected;
    const text = decodeSample(bytes, detected.encoding);
    // Only a file marked UTF-8 is decoded unchecked; the others decoded cleanly to be detected.
    return { encoding: detected.encoding, text, replacements: countReplacements(text) };
  }
  const problem = byteProblem(bytes);
  return problem === null ? decodeAsChosen(bytes, options.encoding) : { problem };
}

/** Reads the start of an uploaded file far enough to preview it and suggest where it goes. */
export function sniff(
  bytes: Uint8Array,
  options: SniffOptions,
): SniffReport | { problem: UploadMessage } {
  const decoded = decode(bytes, options);
  if ('problem' in decoded) return decoded;
  if (decoded.text.trim() === '') return { problem: BLANK_PROBLEM };
  const delimiter = detectDelimiter(decoded.text);
  const sampled = sampleRows(decoded.text, delimiter, SAMPLE_ROWS, options.truncated);
  if ('problem' in sampled) return sampled;
  if (sampled.rows.length === 0) return { problem: BLANK_PROBLEM };
  const found = {
    encoding: decoded.encoding,
    delimiter,
    replacementCharacters: decoded.replacements,
  };

  if (isFsaWideLayout(sampled.rows)) {
    const pivot = pivotFsaWide(sampled.rows, { year: options.year });
    if ('problem' in pivot) return pivot;
    return {
      ...found,
      headerLines: 1,
      layout: 'fsa-wide',
      headers: pivot.header,
      duplicateHeaders: [],
      // All of them: the pivoted rows are loaded from here, and a table has a column per month.
      preview: pivot.rows,
      suggestion: suggestMappingFor('fsa_monthly', pivot.header, pivot.rows),
      notes: pivot.notes,
    };
  }

  const headerLines = detectHeader(sampled.rows);
  const data = sampled.rows.slice(headerLines);
  if (data.length === 0 && !options.truncated) return { problem: HEADER_ONLY_PROBLEM };
  const width = Math.max(...sampled.rows.map((row) => row.length));
  const firstRow = sampled.rows[0] ?? [];
  // Cells beyond the header's last name get column_N names like any unnamed column.
  const named = headerLines === 1 ? uniqueHeaders(padded(firstRow, width)) : null;
  const headers = named?.headers ?? placeholderHeaders(width);
  return {
    ...found,
    headerLines,
    layout: 'rows',
    headers,
    duplicateHeaders: named?.duplicates ?? [],
    preview: data.slice(0, PREVIEW_ROWS),
    suggestion: suggestMapping(headers, data),
    notes: sampled.unclosedQuote ? [unclosedQuoteNote(sampled.rows.length - headerLines)] : [],
  };
}
