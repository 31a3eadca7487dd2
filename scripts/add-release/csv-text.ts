import { parseCsv } from '$lib/ingest/parse-csv';
import type { Row } from './release-rows';

/** RFC 4180: quoted only when it must be, as the data files are written. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Where a block of rows with this release id goes, and what it adds to the file. */
export interface Insertion {
  readonly text: string;
  /** The lines the new rows take in the new text. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/**
 * The file with `rows` as lines before the first row of a later release (ids sort
 * chronologically as text), in the file's own column order and line ending.
 */
export function insertRows(file: string, text: string, rows: readonly Row[]): Insertion {
  const [header, ...data] = parseCsv(file, text).rows;
  const columns = header?.cells ?? [];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = rows.map((row) => columns.map((column) => field(row[column] ?? '')).join(','));
  const releaseId = rows[0]?.release_id ?? '';
  const idColumn = columns.indexOf('release_id');
  const later = data.find((row) => (row.cells[idColumn] ?? '') > releaseId);
  const ended = text === '' || text.endsWith('\n') ? text : text + newline;
  const block = lines.map((line) => line + newline).join('');
  let at = ended.length;
  let firstLine = ended.split('\n').length;
  if (later !== undefined) {
    at = 0;
    for (let line = 1; line < later.line; line += 1) at = ended.indexOf('\n', at) + 1;
    firstLine = later.line;
  }
  return {
    text: ended.slice(0, at) + block + ended.slice(at),
    firstLine,
    lastLine: firstLine + lines.length - 1,
  };
}
