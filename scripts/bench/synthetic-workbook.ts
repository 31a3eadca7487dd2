import { writeFileSync } from 'node:fs';
import { writeXlsx, type XlsxCell } from '../xlsx/write-xlsx';
import { numbers, SYNTHETIC_HEADER, syntheticRow } from './synthetic-incidents';

/** Which columns a workbook keeps as numbers or dates, as Excel would have them. */
const NUMERIC = new Set(['ticker', 'sell_yen', 'buy_yen']);

/**
 * A made-up incident workbook for the benchmark, SYNTHETIC in every broker, stock and id: one
 * sheet, dates as Excel date cells, tickers and amounts as numbers, text as shared strings.
 */
export function writeSyntheticWorkbook(file: string, rows: number): number {
  const header = SYNTHETIC_HEADER.split(',');
  const next = numbers(20250416);
  const sheet: XlsxCell[][] = [header];
  for (let index = 1; index <= rows; index += 1)
    sheet.push(
      syntheticRow(index, next)
        .split(',')
        .map((text, column) => {
          const name = header[column] ?? '';
          if (name === 'date') return { date: text };
          return NUMERIC.has(name) ? Number(text) : text;
        }),
    );
  const bytes = writeXlsx([{ name: 'SYNTHETIC incidents', rows: sheet }]);
  writeFileSync(file, bytes);
  return bytes.length;
}
