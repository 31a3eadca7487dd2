import type { UploadMessage } from '../upload-message';
import type { Sniffed } from '../types';
import { decodeForSniffing, type ChosenEncoding } from './decode';
import { detectDelimiter } from './delimiter';
import { findTable } from './find-table';
import { isFsaWideLayout, pivotFsaWide } from './fsa-wide';
import { placeholderHeaders, uniqueHeaders } from './header';
import { suggestMapping, suggestMappingFor } from './mapping';
import { sampleRows } from './rows';

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
/** Rows read to find the table (its totals and footnotes); the suggestion reads fewer. */
const SAMPLE_ROWS = 5000;
const SUGGESTION_ROWS = 100;
const PREVIEW_ROWS = 20;

const HEADER_ONLY_PROBLEM: UploadMessage = { code: 'file-header-only' };

const filledCount = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;

const unclosedQuoteNote = (row: number): UploadMessage => ({ code: 'unclosed-quote', row });

/** Reads the start of an uploaded file far enough to preview it and suggest where it goes. */
export function sniff(
  bytes: Uint8Array,
  options: SniffOptions,
): SniffReport | { problem: UploadMessage } {
  const decoded = decodeForSniffing(bytes, options.encoding);
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
  // The FSA's own layout has months, not names, across its header: look for it past any title.
  const wideStart = Math.max(
    0,
    sampled.rows.findIndex((row) => filledCount(row) >= 2),
  );
  const wideRows = sampled.rows.slice(wideStart);
  if (isFsaWideLayout(wideRows)) {
    const pivot = pivotFsaWide(wideRows, { year: options.year });
    if ('problem' in pivot) return pivot;
    const above = sampled.rows.slice(0, wideStart).map((row, index): UploadMessage => ({
      code: 'row-above-table',
      line: sampled.lines[index] ?? index + 1,
      text: row.filter((cell) => cell.trim() !== '').join(' '),
    }));
    return {
      ...found,
      headerLines: 1,
      layout: 'fsa-wide',
      headers: pivot.header,
      duplicateHeaders: [],
      // All of them: the pivoted rows are loaded from here, and a table has a column per month.
      preview: pivot.rows,
      suggestion: suggestMappingFor('fsa_monthly', pivot.header, pivot.rows),
      notes: [...above, ...pivot.notes],
    };
  }

  const table = findTable(sampled.rows, sampled.lines);
  const tableRows = table.rows.map((row) => [...row.cells]);
  const headerLines = table.headerRow === null ? 0 : 1;
  if (tableRows.length === 0 && !options.truncated) return { problem: HEADER_ONLY_PROBLEM };
  const named = headerLines === 1 ? uniqueHeaders(table.header) : null;
  const headers = named?.headers ?? placeholderHeaders(table.width);
  const ignored = new Set(table.emptyColumns.filter((column) => column < table.width));
  const firstDataLine = table.rows[0]?.line ?? (sampled.lines.at(-1) ?? 0) + 1;
  return {
    ...found,
    headerLines,
    layout: 'rows',
    headers,
    duplicateHeaders: named?.duplicates ?? [],
    preview: tableRows.slice(0, PREVIEW_ROWS),
    suggestion: suggestMapping(headers, tableRows.slice(0, SUGGESTION_ROWS), {
      units: table.units,
      ignored,
    }),
    firstDataLine,
    skipLines: [...table.skippedLines, ...table.leftOutLines].filter(
      (line) => line > firstDataLine,
    ),
    sniffedThroughLine: sampled.lines.at(-1) ?? 0,
    endsInFootnotes: table.endsInFootnotes,
    trailingEmptyCells: table.emptyColumns.filter((column) => column >= table.width).length,
    units: table.units,
    notes: [
      ...table.notes,
      ...(sampled.unclosedQuote ? [unclosedQuoteNote(tableRows.length)] : []),
    ],
  };
}
