import Papa from 'papaparse';
import type { Delimiter } from '$lib/upload/types';
import type { ValidationIssue } from './issue';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted cell may span lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedCsv {
  readonly rows: readonly CsvRow[];
  readonly issues: readonly ValidationIssue[];
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Splits CSV text into rows, remembering the line each row starts on. */
export function parseCsv(file: string, text: string, delimiter: Delimiter = ','): ParsedCsv {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const issues: ValidationIssue[] = [];
  let scanned = 0;
  let line = 1;
  const advanceTo = (position: number) => {
    for (; scanned < position; scanned += 1) if (body[scanned] === '\n') line += 1;
  };
  let rowStart = 0;

  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: true,
    step: (result) => {
      while (body[rowStart] === '\n' || body[rowStart] === '\r') rowStart += 1;
      advanceTo(rowStart);
      for (const error of result.errors) {
        issues.push({
          file,
          line,
          column: null,
          value: null,
          rule: `CSV syntax: ${error.message}`,
        });
      }
      rows.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  return { rows, issues };
}
