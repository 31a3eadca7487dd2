import { describe, expect, it } from 'vitest';
import { findTable } from '$lib/upload/sniff/find-table';

/** The FSA's 2025-06-05 table as Excel exports it: title, blank row, header, units, 合計, ※. */
export const EXCEL_EXPORT_ROWS: string[][] = [
  [
    'インターネット取引サービスへの不正アクセス・不正取引の発生状況（2025年6月5日公表）',
    '',
    '',
    '',
    '',
  ],
  ['', '', '', '', ''],
  ['発生時期', '不正アクセス件数', '不正取引件数', '売却金額', '買付金額', ''],
  ['', '（件）', '（件）', '（億円）', '（億円）', ''],
  ['2025年1月', '96', '39', '約0.8', '約0.7', ''],
  ['2025年2月', '71', '33', '約1.0', '約0.6', ''],
  ['2025年3月', '1,420', '687', '約129', '約128', ''],
  ['2025年4月', '5,279', '2,910', '約1,540', '約1,346', ''],
  ['2025年5月', '3,556', '2,289', '約1,101', '約993', ''],
  ['合計', '10,422', '5,958', '約2,772', '約2,468', ''],
  ['', '', '', '', ''],
  ['※ 件数・金額は証券会社からの報告に基づく暫定値', '', '', '', ''],
  ['※ 売却金額・買付金額は不正取引による売買の総額であり、顧客の損失額ではない', '', '', '', ''],
];

describe('findTable', () => {
  it('finds the FSA table in its Excel export: header, units, data, total and footnotes', () => {
    const found = findTable(EXCEL_EXPORT_ROWS);
    expect(found.headerRow).toBe(2);
    expect(found.unitsRow).toBe(3);
    expect(found.bodyStart).toBe(4);
    expect(found.width).toBe(5);
    expect(found.header).toEqual([
      '発生時期',
      '不正アクセス件数',
      '不正取引件数',
      '売却金額',
      '買付金額',
    ]);
    expect(found.units).toEqual([null, '件', '件', '億円', '億円']);
    expect(found.rows.map((row) => row.cells[0])).toEqual([
      '2025年1月',
      '2025年2月',
      '2025年3月',
      '2025年4月',
      '2025年5月',
    ]);
    expect(found.rows.map((row) => row.line)).toEqual([5, 6, 7, 8, 9]);
    expect(found.skippedLines).toEqual([1, 2, 11]);
    expect(found.leftOutLines).toEqual([10, 12, 13]);
    expect(found.emptyColumns).toEqual([5]);
    expect(found.notes).toEqual([
      {
        code: 'row-above-table',
        line: 1,
        text: 'インターネット取引サービスへの不正アクセス・不正取引の発生状況（2025年6月5日公表）',
      },
      { code: 'row-units', line: 4 },
      { code: 'row-total', line: 10, label: '合計 10,422 5,958 約2,772 約2,468' },
      { code: 'row-footnote', line: 12, text: '※ 件数・金額は証券会社からの報告に基づく暫定値' },
      {
        code: 'row-footnote',
        line: 13,
        text: '※ 売却金額・買付金額は不正取引による売買の総額であり、顧客の損失額ではない',
      },
      { code: 'empty-columns', columns: 1 },
    ]);
  });

  it('names lines as the file numbers them when rows span lines', () => {
    const found = findTable(
      [
        ['a', 'b'],
        ['1', 'two\nlines'],
        ['計', '3'],
      ],
      [1, 2, 4],
    );
    expect(found.rows.map((row) => row.line)).toEqual([2]);
    expect(found.notes).toEqual([{ code: 'row-total', line: 4, label: '計 3' }]);
  });

  it.each([
    ['合計'],
    ['計'],
    ['総計'],
    ['累計'],
    ['小計'],
    ['Total'],
    ['TOTAL:'],
    ['Grand total'],
    ['合計（1～5月）'],
    [' 合 計 '.replace(/ /g, '')],
  ])('leaves out the total row %s', (label) => {
    const found = findTable([
      ['month', 'count'],
      ['2025-01', '3'],
      [label, '3'],
    ]);
    expect(found.rows).toHaveLength(1);
    expect(found.leftOutLines).toEqual([3]);
  });

  it.each([
    ['※1 暫定値'],
    ['*速報値'],
    ['注1：暫定値'],
    ['（注）暫定値'],
    ['（出所）金融庁'],
    ['出典：金融庁'],
    ['Note: provisional'],
    ['Source: FSA'],
  ])('leaves out the footnote %s', (text) => {
    const found = findTable([
      ['month', 'count'],
      ['2025-01', '3'],
      [text, ''],
      ['a continuation of the note', ''],
    ]);
    expect(found.rows).toHaveLength(1);
    expect(found.leftOutLines).toEqual([3, 4]);
  });

  it('keeps a company or stock named like a word of a total', () => {
    const found = findTable([
      ['name', 'count'],
      ['Total Securities', '3'],
      ['計算機', '4'],
      ['Notes Inc.', '5'],
    ]);
    expect(found.rows.map((row) => row.cells[0])).toEqual([
      'Total Securities',
      '計算機',
      'Notes Inc.',
    ]);
  });

  it('ignores a trailing comma in the header, with or without one on the rows', () => {
    const found = findTable([
      ['id', 'name', 'lat', 'lon', ''],
      ['1', 'a', '35.6', '139.7'],
      ['2', 'b', '34.7', '135.5', ''],
    ]);
    expect(found.headerRow).toBe(0);
    expect(found.width).toBe(4);
    expect(found.header).toEqual(['id', 'name', 'lat', 'lon']);
    expect(found.emptyColumns).toEqual([4]);
    expect(found.rows.map((row) => row.cells)).toEqual([
      ['1', 'a', '35.6', '139.7'],
      ['2', 'b', '34.7', '135.5'],
    ]);
  });

  it('lists an empty column inside the table, and keeps a named one that is empty', () => {
    const found = findTable([
      ['date', '', 'amount', 'note'],
      ['2025-04-16', '', '1', ''],
      ['2025-04-17', '', '2', ''],
    ]);
    expect(found.emptyColumns).toEqual([1]);
    expect(found.width).toBe(4);
  });

  it('finds no header in data, and data from the first row', () => {
    const found = findTable([
      ['2025-04-16', 'Example Securities', '1200000'],
      ['2025-04-17', 'Sample Securities', '900000'],
    ]);
    expect(found.headerRow).toBeNull();
    expect(found.bodyStart).toBe(0);
    expect(found.rows).toHaveLength(2);
  });

  it('takes units written in the header', () => {
    const found = findTable([
      ['月', '売却金額（億円）', '不正取引件数[件]'],
      ['2025年1月', '0.8', '39'],
    ]);
    expect(found.units).toEqual([null, '億円', '件']);
    expect(found.unitsRow).toBeNull();
  });

  it('reads a header with a title over it, when the title has a second cell', () => {
    const found = findTable([
      ['表1', '不正取引の状況'],
      ['発生月', '不正取引件数'],
      ['2025年1月', '39'],
    ]);
    expect(found.headerRow).toBe(1);
  });
});
