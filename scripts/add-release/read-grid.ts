import type { Grid } from './grid';
import { inWords } from './in-words';
import { readTextTable } from './read-text-table';

/** The file's rows, or why it cannot be read as a table. */
export async function readGrid(
  file: string,
  bytes: Uint8Array,
  sheet: string | null,
): Promise<Grid | { problem: string }> {
  void sheet;
  const read = readTextTable(file, bytes);
  if ('syntax' in read) return { problem: `line ${read.line}: ${read.syntax}` };
  if ('problem' in read) return { problem: inWords(read.problem) };
  return read;
}
