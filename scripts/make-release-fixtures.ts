/**
 * Writes the FSA's tables as published to tests/fixtures/releases/, for `npm run add-release`.
 * Run: npx tsx scripts/make-release-fixtures.ts. The figures are the FSA's; see that folder's README.
 */
import Encoding from 'encoding-japanese';
import { writeFileSync } from 'node:fs';

const folder = new URL('../tests/fixtures/releases/', import.meta.url);

/** As Excel saves "CSV (comma delimited)" on Japanese Windows: Shift_JIS, CRLF. */
const excelCsv = (...rows: string[]) =>
  Uint8Array.from(
    Encoding.convert(Encoding.stringToCode(rows.join('\r\n') + '\r\n'), {
      to: 'SJIS',
      from: 'UNICODE',
    }),
  );

/** The first table with figures (金融庁, 2025-04-18), as the Hiroshima City copy prints it. */
const RELEASE_2025_04_18 = excelCsv(
  ',2025年2月,2025年3月,2025年4月(16日現在),合計',
  '不正取引が発生した証券会社数(社),2,4,6,6',
  '不正アクセス件数,43,"1,422","1,847","3,312"',
  '不正取引件数,33,685,736,"1,454"',
  '売却金額,約1億円,約131億円,約374億円,約506億円',
  '買付金額,約0.3億円,約128億円,約320億円,約448億円',
);

/** As Excel saves "Unicode Text": UTF-16 little-endian with its byte-order mark, tabs, CRLF. */
function excelUnicodeText(...rows: string[]): Uint8Array {
  const text = '\uFEFF' + rows.join('\r\n') + '\r\n';
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    bytes[index * 2] = text.charCodeAt(index) & 0xff;
    bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}

/**
 * The FSA's table of 2025-05-08 turned to one row per month, as someone copying it would, with
 * the notes this project keeps for each month in a 備考 column.
 */
const RELEASE_2025_05_08 = excelUnicodeText(
  [
    '月',
    '不正取引が発生した証券会社数(社)',
    '不正アクセス件数',
    '不正取引件数',
    '売却金額',
    '買付金額',
    '備考',
  ].join('\t'),
  [
    '2025年1月',
    '2',
    '65',
    '39',
    '約0.8億円',
    '約0.7億円',
    "FSA page snapshot '令和7年5月8日更新'. Firm-count row read from copy at itwebkatuyou.com/55660 (snapshot text lost that row).",
  ].join('\t'),
  [
    '2025年2月',
    '2',
    '43',
    '33',
    '約1億円',
    '約0.6億円',
    'Buy revised 0.3->0.6 vs 04-18 release.',
  ].join('\t'),
  [
    '2025年3月',
    '5',
    '1,420',
    '687',
    '約129億円',
    '約128億円',
    'Revised vs 04-18 (1,422/685/131).',
  ].join('\t'),
  [
    '2025年4月',
    '9',
    '4,852',
    '2,746',
    '約1,481億円',
    '約1,308億円',
    'Full month. Totals Jan-Apr: access 6,380; trades 3,505; sell 約1,612; buy 約1,437.',
  ].join('\t'),
  ['合計', '9', '6,380', '3,505', '約1,612億円', '約1,437億円', ''].join('\t'),
);

/** The same table with two bad cells: a mistyped grouping, and a negative amount. */
const BAD_CELLS = excelCsv(
  ',2025年2月,2025年3月,2025年4月(16日現在),合計',
  '不正取引が発生した証券会社数(社),2,4,6,6',
  '不正アクセス件数,43,"1,422","1,8470","3,312"',
  '不正取引件数,33,685,736,"1,454"',
  '売却金額,▲1億円,約131億円,約374億円,約506億円',
  '買付金額,約0.3億円,約128億円,約320億円,約448億円',
);

writeFileSync(new URL('fsa-table-2025-04-18.sjis.csv', folder), RELEASE_2025_04_18);
writeFileSync(new URL('bad-cells-2025-04-18.sjis.csv', folder), BAD_CELLS);
writeFileSync(new URL('fsa-table-2025-05-08.utf16.txt', folder), RELEASE_2025_05_08);
