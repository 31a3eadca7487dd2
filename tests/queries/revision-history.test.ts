import { describe, expect, it } from 'vitest';
import { MONTHLY_METRICS, type MonthlyMetric } from '$lib/queries/monthly-metrics';
import {
  everyRevision,
  publishedMonths,
  revisionHistory,
  revisionKey,
} from '$lib/queries/revision-history';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('revisionHistory', () => {
  it('gives every figure April 2025 trades were published as, oldest release first', async () => {
    const rows = await revisionHistory(db(), '2025-04', 'fraudulent_trades');
    expect(rows.map((row) => [row.release_id, row.value])).toEqual([
      ['2025-04-18', 736],
      ['2025-05-08', 2746],
      ['2025-06-05', 2910],
      ['2025-07-07', 2932],
      ['2025-08-07', 2970],
      ['2025-10-06', 2984],
      ['2025-12', 2987],
    ]);
  });

  it('keeps each figure’s period, release date, confidence and source', async () => {
    const rows = await revisionHistory(db(), '2025-04', 'fraudulent_trades');
    expect(rows[0]).toEqual({
      release_id: '2025-04-18',
      release_date: '2025-04-18',
      value: 736,
      period_start: '2025-04-01',
      period_end: '2025-04-16',
      confidence: 'high',
      source_url: 'https://www.city.hiroshima.lg.jp/living/shouhi/1025695/1025698/1039798.html',
    });
    expect(rows[1]).toMatchObject({ period_end: '2025-04-30', confidence: 'high' });
    expect(rows.at(-1)).toMatchObject({
      release_id: '2025-12',
      release_date: null,
      confidence: 'low',
      source_url: 'https://ai.x.ezic.info/?p=1639',
    });
  });

  it('leaves out a release that published the month but not the metric', async () => {
    const trades = await revisionHistory(db(), '2025-07', 'fraudulent_trades');
    expect(trades.map((row) => [row.release_id, row.value])).toEqual([['2025-08-07', 818]]);
    const access = await revisionHistory(db(), '2025-07', 'unauthorized_access');
    expect(access.map((row) => [row.release_id, row.value])).toEqual([
      ['2025-08-07', 970],
      ['2025-09-08', 1055],
    ]);
  });

  it('gives amounts as published, combined only where a combined figure was', async () => {
    const sell = await revisionHistory(db(), '2025-04', 'sell_oku_yen');
    expect(sell.map((row) => [row.release_id, row.value])).toEqual([
      ['2025-04-18', 374],
      ['2025-05-08', 1481],
      ['2025-06-05', 1540],
      ['2025-08-07', 1556],
      ['2025-12', 1561],
    ]);
    const combined = await revisionHistory(db(), '2025-04', 'sell_buy_oku_yen');
    expect(combined.map((row) => [row.release_id, row.value])).toEqual([
      ['2025-07-07', 2915],
      ['2025-10-06', 2930],
    ]);
  });

  it('returns nothing where no figure was published, and treats quotes as text', async () => {
    expect(await revisionHistory(db(), '2025-12', 'fraudulent_trades')).toEqual([]);
    expect(await revisionHistory(db(), "2025-04' OR '1'='1", 'fraudulent_trades')).toEqual([]);
  });

  it('refuses a metric that is not a column of fsa_monthly', async () => {
    const notAMetric = 'value; DROP TABLE fsa_monthly' as MonthlyMetric;
    await expect(revisionHistory(db(), '2025-04', notAMetric)).rejects.toThrow(/Unknown metric/);
  });
});

describe('publishedMonths', () => {
  it('lists every month of 2025, each of which has a figure', async () => {
    expect(await publishedMonths(db())).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
  });
});

describe('every revision in one query', () => {
  it('gives each month and metric in data/ exactly what its own query gives', async () => {
    const every = await everyRevision(db());
    const months = await publishedMonths(db());
    expect(months.length).toBeGreaterThan(5);
    let nonEmpty = 0;
    for (const month of months) {
      for (const metric of MONTHLY_METRICS) {
        const alone = await revisionHistory(db(), month, metric);
        expect(every.get(revisionKey(month, metric)) ?? [], `${month} ${metric}`).toEqual(alone);
        if (alone.length > 0) nonEmpty += 1;
      }
    }
    expect(nonEmpty).toBe(every.size);
  });
});
