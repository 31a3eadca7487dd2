/**
 * Writes the FSA's tables as published to tests/fixtures/releases/, for `npm run add-release`.
 * Run: npx tsx scripts/make-release-fixtures.ts. The figures are the FSA's; see that folder's README.
 */
import Encoding from 'encoding-japanese';
import { writeFileSync } from 'node:fs';
import { writeXlsx, type XlsxCell } from './xlsx/write-xlsx';

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

const month = (iso: string): XlsxCell => ({ date: `${iso}-01`, format: 'month' });

/**
 * The table of 2025-06-05 as a workbook: the page's title, the months as Excel dates shown as
 * 2025年1月, counts as numbers, amounts as the page writes them (約1,540億円), a 合計 column, the
 * FSA's footnotes; and the combined amounts (売買金額) that Impress and Jiji published for January
 * and May and in total, with the other months left empty (not published).
 */
const RELEASE_2025_06_05 = writeXlsx([
  {
    name: '発生状況',
    rows: [
      ['インターネット取引サービスへの不正アクセス・不正取引の発生状況（令和7年6月5日更新）'],
      [],
      ['', ...['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'].map(month), '合計'],
      ['不正取引が発生した証券会社数(社)', 2, 2, 5, 9, 16, 16],
      ['不正アクセス件数', 96, 71, 1420, 5279, 3556, 10422],
      ['不正取引件数', 39, 33, 687, 2910, 2289, 5958],
      [
        '売却金額',
        '約0.8億円',
        '約1.0億円',
        '約129億円',
        '約1,540億円',
        '約1,101億円',
        '約2,772億円',
      ],
      [
        '買付金額',
        '約0.7億円',
        '約0.6億円',
        '約128億円',
        '約1,346億円',
        '約993億円',
        '約2,468億円',
      ],
      ['売買金額', '約1.5億円', null, null, null, '約2,094億円', '約5,240億円'],
      [],
      [
        '※1 金融庁が現時点で各証券会社から報告を受けた数値を合計した暫定値であり、まだ判明していない不正アクセスや不正取引が存在する可能性があることに留意。',
      ],
      [
        '※2 売却金額及び買付金額は、不正アクセスが行われた口座(被害口座)内における不正取引の金額を合計したもの(同一口座内で不正取引が繰り返された場合、売買金額が累積)。',
      ],
    ],
  },
]);

writeFileSync(new URL('fsa-table-2025-04-18.sjis.csv', folder), RELEASE_2025_04_18);
writeFileSync(new URL('fsa-table-2025-06-05.xlsx', folder), RELEASE_2025_06_05);
writeFileSync(new URL('bad-cells-2025-04-18.sjis.csv', folder), BAD_CELLS);
writeFileSync(new URL('fsa-table-2025-05-08.utf16.txt', folder), RELEASE_2025_05_08);
