import { describe, expect, it } from 'vitest';
import type { TypedResult } from '$lib/db/db';
import { SQL_EXAMPLES, type SqlExampleId } from '$lib/sql/examples';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

function runExample(id: SqlExampleId): Promise<TypedResult> {
  const example = SQL_EXAMPLES.find((candidate) => candidate.id === id);
  if (!example) throw new Error(`no example ${id}`);
  return db().run(example.sql).result;
}

describe('SQL console examples', () => {
  it('has six examples with unique ids', () => {
    const ids = SQL_EXAMPLES.map((example) => example.id);
    expect(new Set(ids).size).toBe(6);
  });

  it("follows April 2025's fraudulent trades from 736 (1-16 April) to 2,987", async () => {
    const { rows } = await runExample('april-revisions');
    expect(rows.map((row) => [row.release_id, row.fraudulent_trades, row.change])).toEqual([
      ['2025-04-18', 736, null],
      ['2025-05-08', 2746, 2010],
      ['2025-06-05', 2910, 164],
      ['2025-07-07', 2932, 22],
      ['2025-08-07', 2970, 38],
      ['2025-10-06', 2984, 14],
      ['2025-12', 2987, 3],
    ]);
    expect(rows[0]).toMatchObject({ period_end: '2025-04-16', confidence: 'high' });
    expect(rows.at(-1)).toMatchObject({ release_date: null, confidence: 'low' });
  });

  it('finds the seven months whose latest figures rest on low-confidence releases', async () => {
    const { rows } = await runExample('low-confidence-months');
    expect(rows.map((row) => row.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-09',
      '2025-10',
      '2025-11',
    ]);
    expect(rows[0]).toMatchObject({
      fraudulent_trades: 95,
      fraudulent_trades_release: '2025-08-07',
      unauthorized_access: 170,
    });
    expect(rows[3]).toMatchObject({
      fraudulent_trades: 2987,
      fraudulent_trades_release: '2025-12',
      unauthorized_access: 5441,
    });
  });

  it('matches the stated running totals exactly for the three complete releases', async () => {
    const { rows } = await runExample('months-vs-stated-totals');
    expect(
      rows.slice(0, 3).map((row) => [row.release_id, row.sum_of_months, row.stated_total]),
    ).toEqual([
      ['2025-04-18', 1454, 1454],
      ['2025-05-08', 3505, 3505],
      ['2025-06-05', 5958, 5958],
    ]);
    expect(rows.slice(0, 3).map((row) => row.not_in_published_months)).toEqual([0, 0, 0]);
    expect(rows.find((row) => row.release_id === '2025-12')).toMatchObject({
      stated_total: 9510,
      months_with_trades: 4,
    });
    // The newest release gave no trade figures: NULL, not 0.
    expect(rows.at(-1)).toMatchObject({
      release_id: '2026-01-14',
      sum_of_months: null,
      stated_total: null,
    });
  });

  it('orders the five brokers with a mandatory-MFA date, Monex first and Nomura last', async () => {
    const { rows } = await runExample('mandatory-mfa');
    expect(rows.map((row) => [row.broker_en, row.mfa_mandatory_date])).toEqual([
      ['Monex Securities', '2025-05-30'],
      ['Matsui Securities', '2025-05-31'],
      ['SBI Securities', '2025-05-31'],
      ['Rakuten Securities', '2025-06-01'],
      ['Nomura Securities', '2025-11-29'],
    ]);
    expect(rows.find((row) => row.broker_en === 'Rakuten Securities')).toMatchObject({
      days_after_first_report: 72,
    });
  });

  it('lists the four provisions, SBI 80 億円 (expected) down to Matsui 2.74 億円', async () => {
    const { rows } = await runExample('compensation-provisions');
    expect(rows.map((row) => [row.broker_en, row.provision_oku_yen])).toEqual([
      ['SBI Securities', 80],
      ['Nomura Securities', 66],
      ['Rakuten Securities', 10.58],
      ['Matsui Securities', 2.74],
    ]);
    expect(rows[2]?.provision_yen_bn).toBeCloseTo(1.058, 6);
  });

  it('counts the 55 events by who acted, brokers most often', async () => {
    const { rows } = await runExample('events-by-category');
    expect(rows.map((row) => [row.category, row.events])).toEqual([
      ['broker', 21],
      ['regulator', 14],
      ['industry', 9],
      ['market', 6],
      ['law-enforcement', 2],
      ['media', 2],
      ['research', 1],
    ]);
    expect(rows.reduce((sum, row) => sum + Number(row.events), 0)).toBe(55);
    expect(rows[0]).toMatchObject({ first_event: '2025-03-21' });
  });
});
