import Papa from 'papaparse';
import type { Delimiter } from '../types';
import type { UploadMessage } from '../upload-message';

export type SampledRows =
  | {
      readonly rows: string[][];
      /** The rows are all the file holds. */
      readonly complete: boolean;
      /** The last row opens a quote that never closes: the rest of the text is in its cell. */
      readonly unclosedQuote: boolean;
    }
  | { readonly problem: UploadMessage };

/**
 * The first `maxRows` rows of a sample, without blank ones. `truncated`: the sample is the start
 * of a longer file, so its last row may be cut and is dropped unless a line break ends it.
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
  const rows: string[][] = [];
  let lastRowUnterminated = false;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    // 'greedy' also skips rows of empty cells (",,,"), which spreadsheets export below a table.
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      rows.push(result.data);
      lastRowUnterminated = result.errors.some((error) => error.code === 'MissingQuotes');
      if (rows.length > maxRows) parser.abort();
    },
  });
  if (rows.length > maxRows) {
    return { rows: rows.slice(0, maxRows), complete: false, unclosedQuote: false };
  }
  if (!truncated) return { rows, complete: true, unclosedQuote: lastRowUnterminated };
  const cutMidRow = lastRowUnterminated || !/[\r\n]$/.test(text);
  return { rows: cutMidRow ? rows.slice(0, -1) : rows, complete: false, unclosedQuote: false };
}
