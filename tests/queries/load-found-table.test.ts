import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openLockedDatasetDb, uploadFixture } from '../support/upload-db';

let db: Db;
beforeAll(async () => {
  db = await openLockedDatasetDb();
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('loading tables found in sheets, in every encoding, into real DuckDB', () => {
  it('loads the FSA’s Excel export (Shift_JIS, title, units, 合計, ※) as fsa_monthly rows', async () => {
    const report = await uploadFixture(db, 'fsa-excel-export-2025-06-05.sjis.csv', () => ({
      wholeMonths: true,
      constants: {
        release_id: '2025-06-05',
        confidence: 'high',
        source_url: 'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html',
      },
    }));
    expect(report).toMatchObject({ target: 'fsa_monthly', rowsLoaded: 5, rowsRejected: 0 });
    const [sums] = await db.query<Record<string, number>>(
      `SELECT count(*) AS months, sum(unauthorized_access) AS accesses,
         sum(fraudulent_trades) AS trades, round(sum(sell_oku_yen), 1) AS sell,
         round(sum(buy_oku_yen), 1) AS buy, min(source_line) AS first, max(source_line) AS last
       FROM ${report.table}`,
    );
    expect(sums).toEqual({
      months: 5,
      accesses: 10422,
      trades: 5958,
      sell: 2771.8,
      buy: 2468.3,
      first: 5,
      last: 9,
    });
    const published = await db.query<Record<string, unknown>>(
      `SELECT month, unauthorized_access, fraudulent_trades, sell_oku_yen, buy_oku_yen
       FROM fsa_monthly WHERE release_id = '2025-06-05' ORDER BY month`,
    );
    const uploaded = await db.query<Record<string, unknown>>(
      `SELECT month, unauthorized_access, fraudulent_trades, sell_oku_yen, buy_oku_yen
       FROM ${report.table} ORDER BY month`,
    );
    expect(uploaded).toEqual(published);
    expect(report.notes.map((note) => note.code)).toEqual([
      'row-above-table',
      'row-units',
      'row-total',
      'row-footnote',
      'row-footnote',
      'empty-columns',
    ]);
  });

  it('loads every row of a file whose header ends in a comma, with or without one on the rows', async () => {
    const report = await uploadFixture(db, 'trailing-comma.csv');
    expect(report).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT id, name, lon FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows.map((row) => row.name)).toEqual([
      'Example Tower',
      'Sample Bridge',
      'Placeholder Hall',
    ]);
    expect(rows[1]?.lon).toBe(135.5023);
  });

  it.each([
    'unicode-text.utf16le.txt',
    'unicode-text.utf16be.txt',
    'no-mark.utf16le.txt',
    'no-mark.utf16be.txt',
  ])('loads Excel’s "Unicode Text" (%s) with its Japanese intact', async (name) => {
    const report = await uploadFixture(db, name, () => ({ target: null, mode: 'beside' }));
    expect(report).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT "月" AS month, "不正アクセス件数" AS accesses FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows.map((row) => row.month)).toEqual(['2025年1月', '2025年2月', '2025年3月']);
  });

  it('loads a Latin-1 file with its accented letters', async () => {
    const report = await uploadFixture(db, 'latin1.csv');
    expect(report).toMatchObject({ encoding: 'windows-1252', rowsLoaded: 3 });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT "région" AS place, remarque FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows).toEqual([
      { place: 'Zürich', remarque: 'Süd' },
      { place: 'São Paulo', remarque: '«très élevé»' },
      { place: 'Malmö', remarque: 'naïve café' },
    ]);
  });
});
