import { describe, expect, it } from 'vitest';
import { judgeTotal, releaseChecks, type ReleaseCheck } from '$lib/queries/release-check';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

async function checksOf(release: string): Promise<ReleaseCheck['checks']> {
  const found = (await releaseChecks(db())).find((check) => check.release_id === release);
  if (!found) throw new Error(`no check for release ${release}`);
  return found.checks;
}

describe('releaseChecks', () => {
  it('covers every release, oldest first, with its span', async () => {
    const checks = await releaseChecks(db());
    expect(checks.map((check) => check.release_id)).toEqual([
      '2025-04-18',
      '2025-05-08',
      '2025-06-05',
      '2025-07-07',
      '2025-08-07',
      '2025-09-08',
      '2025-10-06',
      '2025-11-10',
      '2025-12',
      '2026-01-14',
    ]);
    expect(checks[0]).toMatchObject({ span_start: '2025-02-01', span_end: '2025-04-16' });
    expect(checks[8]?.release_date).toBeNull();
  });

  it('2025-05-08: counts match exactly, amounts within rounding', async () => {
    const checks = await checksOf('2025-05-08');
    expect(checks.unauthorized_access).toEqual({
      status: 'matches',
      summed: 6380,
      stated: 6380,
      difference: 0,
      tolerance: 0,
    });
    expect(checks.fraudulent_trades).toMatchObject({ status: 'matches', summed: 3505 });
    expect(checks.sell_oku_yen).toEqual({
      status: 'matches',
      summed: 1611.8,
      stated: 1612,
      difference: -0.2,
      tolerance: 2,
    });
    expect(checks.buy_oku_yen).toMatchObject({
      status: 'matches',
      summed: 1437.3,
      stated: 1437,
      difference: 0.3,
    });
    expect(checks.sell_buy_oku_yen).toEqual({ status: 'not-stated' });
  });

  it('2025-04-18: the 1–16 April row counts towards a span ending on 16 April', async () => {
    const checks = await checksOf('2025-04-18');
    expect(checks.fraudulent_trades).toMatchObject({ status: 'matches', summed: 1454 });
    expect(checks.unauthorized_access).toMatchObject({ status: 'matches', summed: 3312 });
    expect(checks.sell_oku_yen).toMatchObject({ status: 'matches', difference: 0 });
    expect(checks.buy_oku_yen).toMatchObject({ status: 'matches', summed: 448.3 });
  });

  it('2025-06-05: sell + buy adds a month’s parts where no combined figure was published', async () => {
    const checks = await checksOf('2025-06-05');
    // 1.5 (Jan, combined) + 1.6 (Feb, 1 + 0.6) + 257 (Mar) + 2,886 (Apr) + 2,094 (May, combined)
    expect(checks.sell_buy_oku_yen).toEqual({
      status: 'matches',
      summed: 5240.1,
      stated: 5240,
      difference: 0.1,
      tolerance: 4,
    });
    expect(checks.fraudulent_trades).toMatchObject({ status: 'matches', summed: 5958 });
  });

  it('names the months a release did not give: 2025-08-07 trades lack May and June', async () => {
    const checks = await checksOf('2025-08-07');
    expect(checks.fraudulent_trades).toEqual({
      status: 'cannot-check',
      stated: 8111,
      missingMonths: ['2025-05', '2025-06'],
    });
    expect(checks.sell_oku_yen).toEqual({ status: 'not-stated' });
  });

  it('counts a month whose metric is empty as missing: 2025-07-07 has no May access', async () => {
    const checks = await checksOf('2025-07-07');
    expect(checks.unauthorized_access).toMatchObject({
      status: 'cannot-check',
      missingMonths: ['2025-01', '2025-02', '2025-03', '2025-05'],
    });
  });

  it('says not stated where the release gave no total: 2025-10-06 accesses', async () => {
    expect((await checksOf('2025-10-06')).unauthorized_access).toEqual({ status: 'not-stated' });
  });
});

describe('judgeTotal', () => {
  it('reports a difference beyond rounding as summed − stated', () => {
    expect(judgeTotal(100, 103, [], 0)).toEqual({
      status: 'differs',
      summed: 103,
      stated: 100,
      difference: 3,
      tolerance: 0,
    });
    expect(judgeTotal(1612, 1610.9, [], 1)).toMatchObject({ status: 'differs', difference: -1.1 });
  });

  it('puts a missing total before missing months', () => {
    expect(judgeTotal(null, null, ['2025-01'], 0)).toEqual({ status: 'not-stated' });
  });
});
