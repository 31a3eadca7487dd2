import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import { TABLES } from '$lib/schema';
import { BLANK_PROBLEM, sniff, type SniffReport } from '$lib/upload/sniff/sniff';
import { BINARY_PROBLEM, EMPTY_PROBLEM } from '$lib/upload/sniff/text-bytes';
import { readFixture } from '../fixtures/uploads/read-fixture';

function sniffed(bytes: Uint8Array, truncated = false): SniffReport {
  const result = sniff(bytes, { truncated });
  if ('problem' in result) throw new Error(String(inEnglish(result.problem)));
  return result;
}

const sniffFixture = (name: string) => sniffed(readFixture(name));
const targets = (report: SniffReport) => report.suggestion.columns.map((column) => column.target);

describe('sniff', () => {
  it('turns the FSA table into monthly rows and suggests fsa_monthly', () => {
    for (const name of ['fsa-table-2025-04-18.csv', 'fsa-table-2025-04-18.sjis.csv']) {
      const report = sniffFixture(name);
      expect(report).toMatchObject({ layout: 'fsa-wide', headerLines: 1, delimiter: ',' });
      expect(report.preview.map((row) => row[2])).toEqual([
        '2025-02-28',
        '2025-03-31',
        '2025-04-16',
      ]);
      expect(inEnglish(report.notes)).toEqual([
        'column 合計 is a stated total, not a month; it was not loaded as a month',
      ]);
      expect(report.suggestion.table).toBe('fsa_monthly');
      // release_id, confidence and source_url are not in the FSA's table: 3 of 6 required found.
      expect(report.suggestion.score).toBe(0.5);
      expect(report.suggestion.columns).toEqual([
        { source: 0, target: 'month', unit: null, why: 'header' },
        { source: 1, target: 'period_start', unit: null, why: 'header' },
        { source: 2, target: 'period_end', unit: null, why: 'header' },
        { source: 3, target: 'unauthorized_access', unit: null, why: 'header' },
        { source: 4, target: 'fraudulent_trades', unit: null, why: 'header' },
        { source: 5, target: 'sell_oku_yen', unit: 'oku_yen', why: 'header' },
        { source: 6, target: 'buy_oku_yen', unit: 'oku_yen', why: 'header' },
      ]);
    }
  });

  it('suggests incidents for the Shift_JIS broker cases, amounts in yen', () => {
    const report = sniffFixture('broker-cases.sjis.csv');
    expect(report).toMatchObject({ encoding: 'shift_jis', headerLines: 1, layout: 'rows' });
    expect(report.preview[1]).toEqual([
      '令和7年4月17日',
      'みどり見本証券',
      '見本化学',
      '9992',
      '9000万',
      '850,000',
    ]);
    expect(report.suggestion).toMatchObject({ table: 'incidents', score: 1 });
    expect(report.suggestion.columns[4]).toEqual({
      source: 4,
      target: 'sell_oku_yen',
      unit: 'yen',
      why: 'header',
    });
    expect(report.suggestion.columns[5]).toEqual({
      source: 5,
      target: 'buy_oku_yen',
      unit: 'yen',
      why: 'header',
    });
  });

  it('suggests incidents for the English file with a BOM, and previews 20 rows as written', () => {
    const report = sniffFixture('incidents-small.csv');
    expect(report).toMatchObject({
      encoding: 'utf-8-bom',
      headers: ['date', 'broker', 'stock', 'ticker', 'sell_yen', 'buy_yen'],
    });
    expect(report.preview).toHaveLength(20);
    expect(report.preview[13]?.[4]).toBe('about two million');
    expect(targets(report)).toEqual([
      'incident_date',
      'broker',
      'stock',
      'ticker',
      'sell_oku_yen',
      'buy_oku_yen',
    ]);
  });

  it.each(TABLES.map((table) => [table.file, table] as const))(
    'maps every column of data/%s to its own table',
    (file, table) => {
      const report = sniffed(new Uint8Array(readFileSync(path.resolve('data', file))));
      expect(report.suggestion).toMatchObject({ table: table.name, score: 1 });
      expect(targets(report)).toEqual(table.columns.map((column) => column.name));
    },
  );

  it('reads a paste from a spreadsheet as tab-separated', () => {
    const report = sniffFixture('pasted-table.tsv');
    expect(report).toMatchObject({
      delimiter: '\t',
      headerLines: 1,
      headers: ['月', '不正アクセス件数', '不正取引件数', '備考'],
    });
    expect(report.preview[1]).toEqual(['2025年3月', '1,422', '685', '']);
    expect(report.suggestion.table).toBe('fsa_monthly');
    expect(targets(report)).toEqual(['month', 'unauthorized_access', 'fraudulent_trades', 'note']);
  });

  it('reads semicolons, files without a header, duplicate and missing names', () => {
    expect(sniffFixture('semicolon.csv')).toMatchObject({
      delimiter: ';',
      headers: ['region', 'year', 'amount'],
    });
    const bare = sniffFixture('no-header.csv');
    expect(bare).toMatchObject({ headerLines: 0, suggestion: { table: null } });
    expect(bare.headers).toEqual([
      'column_1',
      'column_2',
      'column_3',
      'column_4',
      'column_5',
      'column_6',
    ]);
    expect(bare.preview).toHaveLength(3);
    expect(sniffFixture('duplicate-headers.csv')).toMatchObject({
      headerLines: 1,
      headers: ['date', 'amount', 'Amount_2', 'column_4', 'amount_3', 'note'],
      duplicateHeaders: ['amount'],
    });
  });

  it('keeps a header whose first data row runs past the sniffed start of a large file', () => {
    const start = new TextEncoder().encode(`name,comment\nA,${'x'.repeat(5000)}`);
    expect(sniffed(start, true)).toMatchObject({ headers: ['name', 'comment'], preview: [] });
  });

  it('says so when a file is only a header row', () => {
    expect(inEnglish(sniff(readFixture('header-only.csv'), { truncated: false }))).toEqual({
      problem: 'the file has a header row and no rows of data under it',
    });
  });

  it('names the columns a ragged row adds, and keeps the rows as they are', () => {
    const report = sniffFixture('ragged.csv');
    expect(report.headers).toEqual(['date', 'broker', 'amount', 'note', 'column_5']);
    expect(report.preview.map((row) => row.length)).toEqual([2, 5, 4]);
  });

  it('says when a quote never closes', () => {
    expect(inEnglish(sniffFixture('unterminated-quote.csv').notes)).toEqual([
      'a quote in data row 1 is never closed, so everything after it was read as one cell',
    ]);
  });

  it('passes markup and formulas through as plain text; escaping is the display’s job', () => {
    expect(sniffFixture('html-cells.csv').preview.map((row) => row[1])).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x")',
      '+1',
      '@SUM(A1)',
    ]);
  });

  it('loads a table of no known kind as a free table', () => {
    expect(sniffFixture('free-table.csv').suggestion.table).toBeNull();
  });

  it('names the problem with empty, blank and binary files', () => {
    const problem = (name: string) => sniff(readFixture(name), { truncated: false });
    expect(problem('empty.csv')).toEqual({ problem: EMPTY_PROBLEM });
    expect(problem('blank-lines.csv')).toEqual({ problem: BLANK_PROBLEM });
    expect(problem('binary.bin')).toEqual({ problem: BINARY_PROBLEM });
    expect(sniff(readFixture('binary.bin'), { truncated: false, encoding: 'utf-16le' })).toEqual({
      problem: BINARY_PROBLEM,
    });
  });

  it.each([
    ['unicode-text.utf16le.txt', 'utf-16le'],
    ['unicode-text.utf16be.txt', 'utf-16be'],
    ['no-mark.utf16le.txt', 'utf-16le'],
    ['no-mark.utf16be.txt', 'utf-16be'],
  ])('reads Excel’s "Unicode Text" %s as %s, tab-separated', (name, encoding) => {
    const report = sniffFixture(name);
    expect(report).toMatchObject({ encoding, delimiter: '\t', headerLines: 1 });
    expect(report.headers).toEqual(['月', '不正アクセス件数', '不正取引件数']);
    expect(report.preview[2]).toEqual(['2025年3月', '1,420', '687']);
    expect(report.suggestion.table).toBe('fsa_monthly');
  });

  it('reads a Latin-1 (Windows-1252) file, and UTF-8 when the reader chooses it', () => {
    const bytes = readFixture('latin1.csv');
    const report = sniffed(bytes);
    expect(report.encoding).toBe('windows-1252');
    expect(report.headers).toEqual(['région', 'année', 'plaintes', 'remarque']);
    expect(report.preview[1]).toEqual(['São Paulo', '2024', '85', '«très élevé»']);
    const chosen = sniff(bytes, { truncated: false, encoding: 'utf-8' });
    expect('problem' in chosen ? 0 : chosen.replacementCharacters).toBeGreaterThan(0);
  });

  it('finds the FSA table in its Excel export (Shift_JIS, CRLF) and says what it left out', () => {
    const report = sniffFixture('fsa-excel-export-2025-06-05.sjis.csv');
    expect(report).toMatchObject({
      encoding: 'shift_jis',
      layout: 'rows',
      headerLines: 1,
      firstDataLine: 5,
      skipLines: [10, 12, 13],
      trailingEmptyCells: 1,
      units: [null, '件', '件', '億円', '億円'],
    });
    expect(report.headers).toEqual([
      '発生時期',
      '不正アクセス件数',
      '不正取引件数',
      '売却金額',
      '買付金額',
    ]);
    expect(report.preview.map((row) => row[0])).toEqual([
      '2025年1月',
      '2025年2月',
      '2025年3月',
      '2025年4月',
      '2025年5月',
    ]);
    expect(report.suggestion.table).toBe('fsa_monthly');
    expect(report.suggestion.columns).toEqual([
      { source: 0, target: 'month', unit: null, why: 'values' },
      { source: 1, target: 'unauthorized_access', unit: null, why: 'header' },
      { source: 2, target: 'fraudulent_trades', unit: null, why: 'header' },
      { source: 3, target: 'sell_oku_yen', unit: 'oku_yen', why: 'header' },
      { source: 4, target: 'buy_oku_yen', unit: 'oku_yen', why: 'header' },
    ]);
    expect(inEnglish(report.notes)).toEqual([
      'line 1 (“インターネット取引サービスへの不正アクセス・不正取引の発生状況（2025年6月5日公表）”) is above the table’s header, a title or note; it was not loaded',
      'line 4 gives the columns’ units; they were read as units, not loaded as a row',
      'line 10 (“合計 10,422 5,958 約2,772 約2,468”) states a total; it was not loaded, so sums are not counted twice',
      'line 12 is a footnote (“※ 件数・金額は証券会社からの報告に基づく暫定値であり、今後変わりうる。”); it was not loaded',
      'line 13 is a footnote (“※ 売却金額・買付金額は不正取引による売買の総額であり、顧客の損失額ではない。”); it was not loaded',
      '1 column has neither a name nor a value (a comma at the end of the lines makes one); it was left out',
    ]);
  });

  it('ignores the empty column a trailing comma makes in the header', () => {
    const report = sniffFixture('trailing-comma.csv');
    expect(report.headers).toEqual(['id', 'name', 'lat', 'lon']);
    expect(report.trailingEmptyCells).toBe(1);
    expect(report.preview).toHaveLength(3);
  });

  it('refuses a first megabyte without a line break', () => {
    const sample = new TextEncoder().encode('x'.repeat(1_048_576));
    expect(inEnglish(sniff(sample, { truncated: true }))).toEqual({
      problem: 'line 1 is longer than 1 MB; this does not look like a table',
    });
  });

  it('drops the row the end of a truncated sample cuts', () => {
    const bytes = readFixture('incidents-small.csv');
    const sample = bytes.subarray(0, bytes.indexOf(0x0a, 200) + 10);
    const completeLines = sample.filter((byte) => byte === 0x0a).length;
    const report = sniffed(sample, true);
    expect(report.preview).toHaveLength(completeLines - 1);
    expect(report.preview.every((row) => row.length === 6)).toBe(true);
  });

  it('decodes in the encoding the reader chose and counts what it could not read', () => {
    const bytes = readFixture('broker-cases.sjis.csv');
    const wrong = sniff(bytes, { truncated: false, encoding: 'utf-8' });
    expect(wrong).toMatchObject({ encoding: 'utf-8' });
    expect('problem' in wrong ? 0 : wrong.replacementCharacters).toBeGreaterThan(0);
    expect(sniff(bytes, { truncated: false, encoding: 'shift_jis' })).toMatchObject({
      replacementCharacters: 0,
    });
    expect(sniff(readFixture('binary.bin'), { truncated: false, encoding: 'utf-8' })).toEqual({
      problem: BINARY_PROBLEM,
    });
  });

  it('passes the year on to an FSA table whose headers give only months', () => {
    const bytes = new TextEncoder().encode(',2月,3月\n不正取引件数,33件,685件\n');
    expect(sniff(bytes, { truncated: false })).toHaveProperty('problem');
    expect(sniff(bytes, { truncated: false, year: 2025 })).toMatchObject({
      layout: 'fsa-wide',
      preview: [
        ['2月', '2025-02-01', '2025-02-28', '33件'],
        ['3月', '2025-03-01', '2025-03-31', '685件'],
      ],
    });
  });
});
