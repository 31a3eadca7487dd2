import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parseColumnReasons } from '$lib/upload/rejected-rows';
import type { Db } from '$lib/db/db';
import { restorePublished } from '$lib/db/published-copies';
import { NothingLoaded } from '$lib/upload/load-upload';
import { openLockedDatasetDb, uploadBytes, uploadFixture } from '../support/upload-db';

let db: Db;
beforeAll(async () => {
  db = await openLockedDatasetDb();
});
afterAll(async () => {
  await db.close();
});

const aprilTrades = async () =>
  (
    await db.query<{ value: number; release_id: string }>(
      `SELECT fraudulent_trades AS value, fraudulent_trades_release AS release_id
       FROM fsa_monthly_latest WHERE month = '2025-04'`,
    )
  )[0];

const tableNames = async () =>
  (await db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables()`)).map(
    (row) => row.name,
  );

/** Tables made since `before`. A failed upload keeps only its rejected rows, for download. */
const tablesSince = async (before: readonly string[]) =>
  (await tableNames()).filter((name) => !before.includes(name));

describe('loading an upload into real DuckDB', () => {
  it('normalises Shift_JIS incidents and keeps each value as written beside it', async () => {
    const report = await uploadFixture(db, 'broker-cases.sjis.csv');
    expect(report).toMatchObject({ encoding: 'shift_jis', rowsLoaded: 4, rowsRejected: 0 });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT source_line, incident_date::VARCHAR AS date, incident_date_original AS date_as_written,
         broker, sell_oku_yen, sell_oku_yen_original FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows[0]).toEqual({
      source_line: 2,
      date: '2025-04-16',
      date_as_written: '2025/4/16',
      broker: 'さくら例示証券',
      sell_oku_yen: 0.012,
      sell_oku_yen_original: '1,200,000',
    });
    expect(rows[1]).toMatchObject({
      date: '2025-04-17',
      date_as_written: '令和7年4月17日',
      sell_oku_yen: 0.9,
      sell_oku_yen_original: '9000万',
    });
  });

  it('lists every rejected row with its line, column, value and reason, and loads the rest', async () => {
    const report = await uploadFixture(db, 'incidents-small.csv');
    expect(report).toMatchObject({ rowsRead: 20, rowsLoaded: 18, rowsRejected: 2 });
    expect(report.rejected.map(({ line, value }) => [line, value])).toEqual([
      [8, '2025-04-31'],
      [15, 'about two million'],
    ]);
    expect(report.rejected[0]?.reasons).toEqual([{ code: 'not-a-calendar-date' }]);
    const [{ missing } = { missing: -1 }] = await db.query<{ missing: number }>(
      `SELECT count(*) AS missing FROM ${report.table} WHERE source_line IN (8, 15)`,
    );
    expect(missing).toBe(0);
    const rejected = await db.query<{ line: number; reason: string }>(
      `SELECT line, reason FROM ${report.rejectedTable} ORDER BY line`,
    );
    expect(rejected.map((row) => row.line)).toEqual([8, 15]);
    expect(parseColumnReasons(rejected[0]?.reason ?? null)).toEqual([
      { column: 'date', reason: { code: 'not-a-calendar-date' } },
    ]);
  });

  it('reports rows with too few cells by their line, as the file wrote them', async () => {
    const report = await uploadFixture(db, 'ragged.csv');
    expect(report.rejected.map(({ line, column, value }) => [line, column, value])).toEqual([
      [2, null, '2025-04-16,Example'],
      [4, null, '2025-04-18,Example,7,'],
    ]);
    expect(report.rejected.map(({ reasons }) => reasons)).toEqual([
      [{ code: 'line-fewer-cells' }],
      [{ code: 'line-fewer-cells' }],
    ]);
  });

  it('adds a newer FSA table as a release, and a reset restores the published figures', async () => {
    expect(await aprilTrades()).toEqual({ value: 2987, release_id: '2025-12' });
    await uploadFixture(db, 'fsa-table-2025-04-18.sjis.csv', () => ({
      mode: 'append',
      constants: {
        release_id: '2026-02-01',
        confidence: 'medium',
        source_url: 'https://example.com/fsa-table',
      },
    }));
    expect(await aprilTrades()).toEqual({ value: 736, release_id: '2026-02-01' });
    const [release] = await db.query<{ span_end: string; note: string }>(
      `SELECT span_end::VARCHAR AS span_end, note FROM fsa_releases WHERE release_id = '2026-02-01'`,
    );
    expect(release?.span_end).toBe('2025-04-16');
    expect(release?.note).toContain('fsa-table-2025-04-18.sjis.csv');
    await restorePublished(db);
    expect(await aprilTrades()).toEqual({ value: 2987, release_id: '2025-12' });
  });

  it('reads a pasted monthly table as whole months when the reader says so', async () => {
    const report = await uploadFixture(db, 'pasted-table.tsv', (sniffed, defaults) => {
      expect(defaults.target).toBe('fsa_monthly');
      return {
        wholeMonths: true,
        constants: { release_id: '2025-04-18', confidence: 'low', source_url: 'https://x.test' },
      };
    });
    const rows = await db.query<Record<string, unknown>>(
      `SELECT month, period_start::VARCHAR AS period_start, period_end::VARCHAR AS period_end,
         unauthorized_access, note FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows).toEqual([
      {
        month: '2025-02',
        period_start: '2025-02-01',
        period_end: '2025-02-28',
        unauthorized_access: 43,
        note: null,
      },
      {
        month: '2025-03',
        period_start: '2025-03-01',
        period_end: '2025-03-31',
        unauthorized_access: 1422,
        note: null,
      },
      {
        month: '2025-04',
        period_start: '2025-04-01',
        period_end: '2025-04-30',
        unauthorized_access: 1847,
        note: '1-16 April, so far',
      },
    ]);
  });

  it('refuses rows that would repeat a published key and changes nothing', async () => {
    const before = await tableNames();
    await expect(
      uploadFixture(db, 'fsa-table-2025-04-18.csv', () => ({
        mode: 'append',
        constants: { release_id: '2025-04-18', confidence: 'high', source_url: 'https://x.test' },
      })),
    ).rejects.toMatchObject({
      problems: expect.arrayContaining([
        {
          code: 'merge-duplicate-key',
          key: ['release_id', 'month'],
          value: '2025-04-18, 2025-02',
          table: 'fsa_monthly',
          lines: '2',
        },
      ]),
    });
    expect(await aprilTrades()).toEqual({ value: 2987, release_id: '2025-12' });
    expect(await tablesSince(before)).toEqual([expect.stringMatching(/^upload_rejected_/)]);
  });

  it('leaves nothing behind when no row can be loaded, or when cancelled', async () => {
    let before = await tableNames();
    await expect(uploadFixture(db, 'unterminated-quote.csv')).rejects.toBeInstanceOf(NothingLoaded);
    expect(await tablesSince(before)).toEqual([expect.stringMatching(/^upload_rejected_/)]);
    before = await tableNames();
    const cancelled = new AbortController();
    cancelled.abort();
    const bytes = new TextEncoder().encode('region,count\nKanto,1\n');
    await expect(
      uploadBytes(db, 'cancelled.csv', bytes, undefined, cancelled.signal),
    ).rejects.toThrow();
    expect(await tablesSince(before)).toEqual([]);
  });

  it('loads cells with markup or formulas as inert text', async () => {
    const report = await uploadFixture(db, 'html-cells.csv');
    const rows = await db.query<{ comment: string }>(
      `SELECT comment FROM ${report.table} ORDER BY source_line`,
    );
    expect(rows.map((row) => row.comment)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '=HYPERLINK("http://x")',
      '+1',
      '@SUM(A1)',
    ]);
  });
});
