import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openDatasetDb } from '$lib/db/node-dataset';
import { monthlyCounts } from '$lib/queries/monthly-counts';
import { LATEST } from '$lib/queries/monthly-metrics';

let db: Db;
beforeAll(async () => {
  db = await openDatasetDb();
});
afterAll(() => db.close());

describe('monthlyCounts', () => {
  it('shows the first table (2025-04-18) as published: 33, 685, 736 with April partial', async () => {
    const rows = await monthlyCounts(db, '2025-04-18');
    expect(rows.map((row) => [row.month, row.fraudulent_trades.value])).toEqual([
      ['2025-02', 33],
      ['2025-03', 685],
      ['2025-04', 736],
    ]);
    expect(rows[2]?.fraudulent_trades.periodEnd).toBe('2025-04-16');
    expect(rows[2]?.fraudulent_trades.confidence).toBe('high');
  });

  it('takes the latest April figure, 2,987 trades, from the December release', async () => {
    const april = (await monthlyCounts(db, LATEST)).find((row) => row.month === '2025-04');
    expect(april?.fraudulent_trades).toMatchObject({
      value: 2987,
      release: '2025-12',
      confidence: 'low',
      periodEnd: '2025-04-30',
    });
    expect(april?.unauthorized_access.value).toBe(5441);
  });
});
