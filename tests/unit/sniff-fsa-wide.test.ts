import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import { decodeSample } from '$lib/upload/sniff/decode';
import { readMonthHeader } from '$lib/upload/sniff/fsa-month-header';
import { isFsaWideLayout, pivotFsaWide } from '$lib/upload/sniff/fsa-wide';
import { sampleRows } from '$lib/upload/sniff/rows';
import { readFixture } from '../fixtures/uploads/read-fixture';

function rowsOf(name: string, encoding: 'utf-8' | 'shift_jis' = 'utf-8'): string[][] {
  const sampled = sampleRows(decodeSample(readFixture(name), encoding), ',', 50, false);
  if ('problem' in sampled) throw new Error(String(inEnglish(sampled.problem)));
  return sampled.rows;
}

const TOTAL_NOTE = 'column 合計 is a stated total, not a month; it was not loaded as a month';

describe('the FSA table of 2025-04-18', () => {
  it('is recognised, in UTF-8 and in Shift_JIS', () => {
    expect(isFsaWideLayout(rowsOf('fsa-table-2025-04-18.csv'))).toBe(true);
    expect(isFsaWideLayout(rowsOf('fsa-table-2025-04-18.sjis.csv', 'shift_jis'))).toBe(true);
  });

  it('pivots to one row per month, cells as written, April ending on the 16th', () => {
    expect(inEnglish(pivotFsaWide(rowsOf('fsa-table-2025-04-18.csv')))).toEqual({
      header: [
        'month',
        'period_start',
        'period_end',
        'unauthorized_access',
        'fraudulent_trades',
        'sell_oku_yen',
        'buy_oku_yen',
      ],
      rows: [
        ['2025年2月', '2025-02-01', '2025-02-28', '43件', '33件', '約1億円', '約0.3億円'],
        ['2025年3月', '2025-03-01', '2025-03-31', '1,422件', '685件', '約131億円', '約128億円'],
        [
          '2025年4月(16日現在)',
          '2025-04-01',
          '2025-04-16',
          '1,847件',
          '736件',
          '約374億円',
          '約320億円',
        ],
      ],
      notes: [TOTAL_NOTE],
    });
  });
});

describe('variants of the FSA table', () => {
  const table = (header: string[], ...body: string[][]) => [header, ...body];

  it('reads 令和 years, 項目 corners, firm counts, spans and unknown rows', () => {
    const rows = table(
      ['項目', '令和7年1月', '令和7年2月(20日時点)', '1月～2月'],
      ['不正取引が発生した証券会社数', '2社', '4社', '5社'],
      ['不正取引件数※1', '39件', '33件', '72件'],
      ['被害相談件数', '1件', '2件', '3件'],
    );
    expect(isFsaWideLayout(rows)).toBe(true);
    expect(inEnglish(pivotFsaWide(rows))).toEqual({
      header: ['month', 'period_start', 'period_end', 'fraudulent_trades', 'firms_with_fraud'],
      rows: [
        ['令和7年1月', '2025-01-01', '2025-01-31', '39件', '2社'],
        ['令和7年2月(20日時点)', '2025-02-01', '2025-02-20', '33件', '4社'],
      ],
      notes: [
        "row 被害相談件数 is not one of the FSA's figures; it was not loaded",
        'column 1月～2月 covers several months, not one; it was not loaded as a month',
      ],
    });
  });

  it('asks for the year when the headers give only months, and uses it when given', () => {
    const rows = table(['', '2月', '3月', '計'], ['証券会社数', '2', '4', '6']);
    expect(inEnglish(pivotFsaWide(rows))).toEqual({
      problem:
        "the FSA table's month columns (2月, 3月) do not say which year they are in; tell us the year",
    });
    expect(inEnglish(pivotFsaWide(rows, { year: 2025 }))).toMatchObject({
      rows: [
        ['2月', '2025-02-01', '2025-02-28', '2'],
        ['3月', '2025-03-01', '2025-03-31', '4'],
      ],
      notes: ['column 計 is a stated total, not a month; it was not loaded as a month'],
    });
  });

  it('refuses a month header it cannot read rather than dropping its column', () => {
    const rows = table(['', '2025年2月', '二月'], ['不正アクセス件数', '43件', '50件']);
    expect(inEnglish(pivotFsaWide(rows))).toEqual({
      problem:
        "the FSA table's column 二月 is not a month we can read; write it like 2025年4月 or 2025-04 and upload again",
    });
  });

  it('reads YYYY-MM and YYYY/M headers', () => {
    expect(readMonthHeader('2025-04')).toEqual({
      kind: 'month',
      year: 2025,
      month: 4,
      endDay: null,
    });
    expect(readMonthHeader('2025/4')).toEqual({
      kind: 'month',
      year: 2025,
      month: 4,
      endDay: null,
    });
    expect(readMonthHeader('累計')).toEqual({ kind: 'total' });
  });

  it('is not mistaken for an ordinary table', () => {
    expect(isFsaWideLayout(rowsOf('incidents-small.csv'))).toBe(false);
    expect(isFsaWideLayout(rowsOf('free-table.csv'))).toBe(false);
    expect(
      isFsaWideLayout([
        ['month', 'unauthorized_access'],
        ['2025-02', '43'],
      ]),
    ).toBe(false);
  });
});
