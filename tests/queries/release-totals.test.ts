import { describe, expect, it } from 'vitest';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('a complete release adds up to its stated totals', () => {
  it('2025-05-08: monthly rows sum to 6,380 / 3,505 / 1,612 / 1,437', async () => {
    const [sums] = await db().query<Record<string, number>>(`
      SELECT sum(m.unauthorized_access) AS access, sum(m.fraudulent_trades) AS trades,
             sum(m.sell_oku_yen) AS sell, sum(m.buy_oku_yen) AS buy,
             any_value(r.total_unauthorized_access) AS stated_access,
             any_value(r.total_fraudulent_trades) AS stated_trades,
             any_value(r.total_sell_oku_yen) AS stated_sell,
             any_value(r.total_buy_oku_yen) AS stated_buy,
             count(*) AS months
      FROM fsa_monthly m JOIN fsa_releases r USING (release_id)
      WHERE release_id = '2025-05-08'`);
    expect(sums).toMatchObject({
      stated_access: 6380,
      stated_trades: 3505,
      stated_sell: 1612,
      stated_buy: 1437,
    });
    expect(sums?.access).toBe(6380);
    expect(sums?.trades).toBe(3505);
    // Amounts are 約 (rounded) per month: the sum may differ by up to 0.5 億円 per month.
    const tolerance = 0.5 * (sums?.months ?? 0);
    expect(Math.abs((sums?.sell ?? 0) - 1612)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs((sums?.buy ?? 0) - 1437)).toBeLessThanOrEqual(tolerance);
  });

  it('2025-04-18 sums to 3,312 accesses and 1,454 trades', async () => {
    const [sums] = await db().query<{ access: number; trades: number }>(`
      SELECT sum(unauthorized_access) AS access, sum(fraudulent_trades) AS trades
      FROM fsa_monthly WHERE release_id = '2025-04-18'`);
    expect(sums).toEqual({ access: 3312, trades: 1454 });
  });
});
