/**
 * Whether a file will fit in DuckDB's memory in the browser, judged from the part read so far.
 * DuckDB-wasm runs in 32-bit WebAssembly: 4 GiB of address space, of which DuckDB's memory limit
 * takes about 3.1 GiB. A 2.07 GB CSV of 40 million rows ran out after 30 s.
 */

/*
 * Measured (scripts/bench/wasm-memory.ts): the production build in headless Chromium 156 loads
 * synthetic incident CSVs, mapped to `incidents`, and the DuckDB worker's WebAssembly memory is
 * read before and after (it never shrinks, so after is the load's high-water mark):
 *
 *   rows        file      growth     per file byte
 *   1,000,000   102 MiB    376 MiB   3.68
 *   1,000,000   172 MiB    570 MiB   3.32   (a longer stock name: more bytes, the same rows)
 *   2,000,000   204 MiB    755 MiB   3.70
 *   4,000,000   408 MiB   1543 MiB   3.78
 *   6,000,000   613 MiB   2228 MiB   3.64   (just inside what the estimate lets through)
 *
 * The two 1,000,000-row files set the terms apart: 194 MiB more for 70 MiB more text is 2.77
 * bytes per byte, and the rest, 93 MiB, is 98 bytes per row; that predicts 752, 1504 and 2288
 * MiB for the 2, 4 and 6 million rows (measured 755, 1543 and 2228). The raw table keeps every
 * cell as a string, and the checked table is built beside it.
 */
/** Bytes of memory per byte of the file read. */
const MEMORY_PER_FILE_BYTE = 2.8;
/** Bytes of memory per row beyond its text: the line number, validity masks, row groups. */
const MEMORY_PER_ROW = 100;
/** What DuckDB keeps for itself and for queries while loading. */
const HEADROOM = 0.75;

export interface FitEstimate {
  /** The file's projected rows and the memory loading them would take. */
  readonly projectedRows: number;
  readonly projectedBytes: number;
  readonly fits: boolean;
  /** The share of the file that would fit, 0 to 1, and about how many rows that is. */
  readonly fitsShare: number;
  readonly fitsRows: number;
}

/** Projects the whole file from the part read: its rows and the memory they would need. */
export function estimateFit(
  fileBytes: number,
  bytesRead: number,
  rowsRead: number,
  memoryLimitBytes: number,
): FitEstimate {
  const read = Math.max(1, Math.min(bytesRead, fileBytes));
  const rowsPerByte = rowsRead / read;
  const projectedRows = Math.round(rowsPerByte * fileBytes);
  const projectedBytes = fileBytes * MEMORY_PER_FILE_BYTE + projectedRows * MEMORY_PER_ROW;
  const usable = memoryLimitBytes * HEADROOM;
  const fitsShare = Math.min(1, usable / Math.max(1, projectedBytes));
  return {
    projectedRows,
    projectedBytes,
    fits: projectedBytes <= usable,
    fitsShare,
    fitsRows: Math.floor(projectedRows * fitsShare),
  };
}

const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  bytes: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** DuckDB's `memory_limit` setting ("3.1 GiB") in bytes, or null where it does not read as one. */
export function parseMemoryLimit(setting: string): number | null {
  const match = /^\s*([\d.]+)\s*([a-z]+)\s*$/i.exec(setting);
  const factor = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || factor === undefined) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? value * factor : null;
}

/** A shell word in double quotes, which leave SQL's single quotes as they are. */
const shellWord = (text: string) => `"${text.replace(/["\\$`]/g, (char) => `\\${char}`)}"`;
const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

const DUCKDB_ENCODINGS: Readonly<Record<string, string | undefined>> = {
  'utf-16le': 'utf-16',
  'utf-16be': 'utf-16',
  'windows-1252': 'latin-1',
  shift_jis: 'shift_jis',
};

/**
 * The same load with the DuckDB command-line program: the file into a table of a database file
 * beside it, to query there. DuckDB on a computer spills to disk, so size is no limit.
 */
export function duckdbCommand(file: string, table: string, encoding: string, delimiter: string) {
  // read_csv reads the two characters \t as a tab; a real tab would not show in the command.
  const options = [`delim = ${delimiter === '\t' ? "'\\t'" : sqlText(delimiter)}`];
  const named = DUCKDB_ENCODINGS[encoding];
  if (named !== undefined) options.push(`encoding = ${sqlText(named)}`);
  const sql = `CREATE TABLE ${table} AS FROM read_csv(${sqlText(file)}, ${options.join(', ')})`;
  return `duckdb uploads.duckdb -c ${shellWord(sql)}`;
}
