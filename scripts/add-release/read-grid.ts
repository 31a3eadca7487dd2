import type { Grid } from './grid';
import { inWords } from './in-words';
import { readTextTable } from './read-text-table';
import { readWorkbookGrids } from './read-workbook-grids';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** A zip archive (.xlsx), or an OLE file (.xls, or a workbook saved with a password). */
const isWorkbook = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);

/** The file's tables to look in (a workbook's sheets, or the one text table), or why it has none. */
export async function readGrids(
  file: string,
  bytes: Uint8Array,
  sheet: string | null,
): Promise<Grid[] | { problem: string }> {
  if (isWorkbook(bytes)) return readWorkbookGrids(bytes, sheet);
  const read = readTextTable(file, bytes);
  if ('syntax' in read) return { problem: `line ${read.line}: ${read.syntax}` };
  if ('problem' in read) return { problem: inWords(read.problem) };
  return [read];
}
