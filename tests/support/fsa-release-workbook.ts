import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { XlsxCell } from '../../scripts/xlsx/write-xlsx';

/** The months of one FSA release as data/fsa_monthly.csv holds them (the published figures). */
export function releaseRows(releaseId: string): Record<string, string>[] {
  const text = readFileSync(new URL('../../data/fsa_monthly.csv', import.meta.url), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.filter((row) => row['release_id'] === releaseId);
}

export const FSA_SHEET_HEADER = [
  '年月',
  '不正アクセス件数',
  '不正取引件数',
  '売却金額（億円）',
  '買付金額（億円）',
] as const;

const figure = (text: string | undefined): XlsxCell => (text ? Number(text) : null);

/**
 * The release's table as a sheet the way a journalist would keep it in Excel: the months as
 * Excel dates formatted yyyy年m月, the counts and 億円 amounts as numbers.
 */
export function fsaReleaseSheetRows(releaseId: string): XlsxCell[][] {
  return [
    [...FSA_SHEET_HEADER],
    ...releaseRows(releaseId).map((row) => [
      { date: `${row['month']}-01`, format: 'month' as const },
      figure(row['unauthorized_access']),
      figure(row['fraudulent_trades']),
      figure(row['sell_oku_yen']),
      figure(row['buy_oku_yen']),
    ]),
  ];
}
