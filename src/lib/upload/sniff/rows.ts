import Papa from 'papaparse';
import type { Delimiter } from '../types';
import type { UploadMessage } from '../upload-message';

export type SampledRows =
  | {
      readonly rows: string[][];
      /** The line each row starts on (a quoted cell may span lines), as the loader counts them. */
      readonly lines: number[];
      /** The rows are all the file holds. */
      readonly complete: boolean;
      /** The last row opens a quote that never closes: the rest of the text is in its cell. */
      readonly unclosedQuote: boolean;
    }
  | { readonly problem: UploadMessage };

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** Counts line feeds as the loader does: a row starts on 1 + the line feeds before it. */
function lineCounter(text: string) {
  let counted = 0;
  let line = 1;
  return (offset: number) => {
    for (let index = text.indexOf('\n', counted); index !== -1 && index < offset;) {
      line += 1;
      index = text.indexOf('\n', index + 1);
    }
    counted = Math.max(counted, offset);
    return line;
  };
}

/**
 * The first `maxRows` rows of a sample, without blank ones (nor rows of empty cells, which
 * spreadsheets export below a table). `truncated`: the sample is the start of a longer file, so
 * its last row may be cut and is dropped unless a line break ends it.
 */
export function sampleRows(
  text: string,
  delimiter: Delimiter,
  maxRows: number,
  truncated: boolean,
): SampledRows {
  if (truncated && !/[\r\n]/.test(text)) {
    return {
      problem: { code: 'file-first-line-too-long', bytes: new TextEncoder().encode(text).length },
    };
  }
  // Cut between a carriage return and its line feed, the last row ends there, not in its cell.
  const sample = truncated && text.endsWith('\r') ? `${text}\n` : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  const lineAt = lineCounter(sample);
  let rowStart = 0;
  let lastRowUnterminated = false;
  // A blank record after the last row shows that a line break ended that row.
  let lastRecordKept = false;
  Papa.parse<string[]>(sample, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      lastRecordKept = !isBlank(result.data);
      if (!lastRecordKept) return;
      rows.push(result.data);
      lines.push(lineAt(start));
      lastRowUnterminated = result.errors.some((error) => error.code === 'MissingQuotes');
      if (rows.length > maxRows) parser.abort();
    },
  });
  if (rows.length > maxRows) {
    return {
      rows: rows.slice(0, maxRows),
      lines: lines.slice(0, maxRows),
      complete: false,
      unclosedQuote: false,
    };
  }
  if (!truncated) return { rows, lines, complete: true, unclosedQuote: lastRowUnterminated };
  const cutMidRow = lastRecordKept && (lastRowUnterminated || !/[\r\n]$/.test(sample));
  const kept = cutMidRow ? rows.length - 1 : rows.length;
  return {
    rows: rows.slice(0, kept),
    lines: lines.slice(0, kept),
    complete: false,
    unclosedQuote: false,
  };
}
