import { describe, expect, it } from 'vitest';
import { firmsPerMonth } from '$lib/queries/firms-per-month';
import { monthlyCounts } from '$lib/queries/monthly-counts';
import { LATEST } from '$lib/queries/monthly-metrics';
import { yenAmounts } from '$lib/queries/yen-amounts';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('monthlyCounts', () => {
  it('shows the first table (2025-04-18) as published: 33, 685, 736 with April partial', async () => {
    const rows = await monthlyCounts(db(), '2025-04-18');
    expect(rows.map((row) => [row.month, row.fraudulent_trades.value])).toEqual([
      ['2025-02', 33],
      ['2025-03', 685],
      ['2025-04', 736],
    ]);
    expect(rows[2]?.fraudulent_trades).toMatchObject({
      release: '2025-04-18',
      confidence: 'high',
      periodStart: '2025-04-01',
      periodEnd: '2025-04-16',
    });
  });

  it('takes the latest April figure, 2,987 trades, from the December release', async () => {
    const april = (await monthlyCounts(db(), LATEST)).find((row) => row.month === '2025-04');
    expect(april?.fraudulent_trades).toMatchObject({
      value: 2987,
      release: '2025-12',
      confidence: 'low',
      periodEnd: '2025-04-30',
    });
    expect(april?.unauthorized_access.value).toBe(5441);
  });

  it('revises each metric on its own: July accesses from 2025-09-08, July trades from 2025-08-07', async () => {
    const july = (await monthlyCounts(db(), LATEST)).find((row) => row.month === '2025-07');
    expect(july?.unauthorized_access).toMatchObject({ value: 1055, release: '2025-09-08' });
    expect(july?.fraudulent_trades).toMatchObject({ value: 818, release: '2025-08-07' });
  });

  it('keeps an unpublished figure missing, not zero', async () => {
    const december = (await monthlyCounts(db(), LATEST)).find((row) => row.month === '2025-12');
    expect(december?.fraudulent_trades).toEqual({
      value: null,
      release: null,
      confidence: null,
      source: null,
      periodStart: null,
      periodEnd: null,
      absent: 'not-published',
    });
    expect(december?.unauthorized_access.value).toBe(343);
  });

  it('covers every month of 2025 in the latest figures', async () => {
    const months = (await monthlyCounts(db(), LATEST)).map((row) => row.month);
    expect(months).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('keeps the months a release skipped, as gaps that our sources do not give', async () => {
    const rows = await monthlyCounts(db(), '2025-10-06');
    expect(
      rows.map((row) => [row.month, row.fraudulent_trades.value, row.fraudulent_trades.absent]),
    ).toEqual([
      ['2025-04', 2984, null],
      ['2025-05', null, 'not-in-sources'],
      ['2025-06', null, 'not-in-sources'],
      ['2025-07', null, 'not-in-sources'],
      ['2025-08', null, 'not-in-sources'],
      ['2025-09', 156, null],
    ]);
  });

  it('tells an empty cell of a listed month (not published) from a month with no row', async () => {
    const december = (await monthlyCounts(db(), '2026-01-14')).find(
      (row) => row.month === '2025-12',
    );
    expect(december?.fraudulent_trades.absent).toBe('not-published');
    expect(december?.unauthorized_access).toMatchObject({ value: 343, absent: null });
  });

  it('returns nothing for a release that is not in the data, and treats quotes as text', async () => {
    expect(await monthlyCounts(db(), "2025-04-18' OR '1'='1")).toEqual([]);
  });
});

describe('yenAmounts', () => {
  it('gives 2025-04-18 amounts as published', async () => {
    const rows = await yenAmounts(db(), '2025-04-18');
    expect(rows.map((row) => [row.sell_oku_yen.value, row.buy_oku_yen.value])).toEqual([
      [1, 0.3],
      [131, 128],
      [374, 320],
    ]);
  });

  it('keeps combined-only months combined, never split and never zero', async () => {
    const june = (await yenAmounts(db(), LATEST)).find((row) => row.month === '2025-06');
    expect(june?.sell_oku_yen.value).toBeNull();
    expect(june?.buy_oku_yen.value).toBeNull();
    expect(june?.sell_buy_oku_yen).toMatchObject({ value: 381, release: '2025-07-07' });
  });
});

describe('firmsPerMonth', () => {
  it('gives the FSA count of firms per month, with May at 16', async () => {
    const rows = await firmsPerMonth(db(), LATEST);
    expect(rows.find((row) => row.month === '2025-05')?.firms_with_fraud.value).toBe(16);
    expect(rows.find((row) => row.month === '2025-11')?.firms_with_fraud.value).toBeNull();
  });
});
