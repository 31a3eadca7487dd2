import { describe, expect, it } from 'vitest';
import { LATEST } from '$lib/queries/monthly-metrics';
import { releaseChanges, type ReleaseChange } from '$lib/queries/release-changes';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

const brief = (change: ReleaseChange) => [
  change.month,
  change.metric,
  change.kind,
  change.previousValue,
  change.value,
  change.difference,
];

describe('releaseChanges', () => {
  it('gives what 2025-05-08 revised against 2025-04-18, and the month it added', async () => {
    const { release, changes } = await releaseChanges(db(), '2025-05-08');
    expect(release).toBe('2025-05-08');
    const trades = changes.filter((change) => change.metric === 'fraudulent_trades');
    expect(trades.map(brief)).toEqual([
      ['2025-01', 'fraudulent_trades', 'added', null, 39, null],
      ['2025-02', 'fraudulent_trades', 'unchanged', 33, 33, 0],
      ['2025-03', 'fraudulent_trades', 'revised', 685, 687, 2],
      ['2025-04', 'fraudulent_trades', 'revised', 736, 2746, 2010],
    ]);
    expect(changes.filter((change) => change.newMonth).map((change) => change.month)).toEqual(
      Array(5).fill('2025-01'),
    );
    const revised = changes.filter((change) => change.kind === 'revised').map(brief);
    expect(revised).toEqual([
      ['2025-02', 'buy_oku_yen', 'revised', 0.3, 0.6, 0.3],
      ['2025-03', 'firms_with_fraud', 'revised', 4, 5, 1],
      ['2025-03', 'unauthorized_access', 'revised', 1422, 1420, -2],
      ['2025-03', 'fraudulent_trades', 'revised', 685, 687, 2],
      ['2025-03', 'sell_oku_yen', 'revised', 131, 129, -2],
      ['2025-04', 'firms_with_fraud', 'revised', 6, 9, 3],
      ['2025-04', 'unauthorized_access', 'revised', 1847, 4852, 3005],
      ['2025-04', 'fraudulent_trades', 'revised', 736, 2746, 2010],
      ['2025-04', 'sell_oku_yen', 'revised', 374, 1481, 1107],
      ['2025-04', 'buy_oku_yen', 'revised', 320, 1308, 988],
    ]);
  });

  it('keeps both periods where a partial month became a whole one', async () => {
    const { changes } = await releaseChanges(db(), '2025-05-08');
    const april = changes.find(
      (change) => change.month === '2025-04' && change.metric === 'fraudulent_trades',
    );
    expect(april).toMatchObject({
      previousRelease: '2025-04-18',
      previousPeriodStart: '2025-04-01',
      previousPeriodEnd: '2025-04-16',
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      confidence: 'high',
      previousConfidence: 'high',
      source: 'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html',
    });
  });

  it('compares with the newest earlier release that published the metric, skipping gaps', async () => {
    const { changes } = await releaseChanges(db(), '2025-12');
    const april = changes.filter((change) => change.month === '2025-04');
    expect(
      april.map((change) => [change.metric, change.previousRelease, change.previousValue]),
    ).toEqual([
      ['unauthorized_access', '2025-08-07', 5407],
      ['fraudulent_trades', '2025-10-06', 2984],
      ['sell_oku_yen', '2025-08-07', 1556],
      ['buy_oku_yen', '2025-06-05', 1346],
    ]);
    const september = changes.filter((change) => change.month === '2025-09').map(brief);
    expect(september).toEqual([
      ['2025-09', 'unauthorized_access', 'revised', 262, 310, 48],
      ['2025-09', 'fraudulent_trades', 'revised', 156, 182, 26],
      ['2025-09', 'sell_oku_yen', 'added', null, 57, null],
      ['2025-09', 'buy_oku_yen', 'added', null, 50, null],
    ]);
    expect(changes.filter((change) => change.kind === 'revised')).toHaveLength(10);
    expect(changes.find((change) => change.newMonth)?.month).toBe('2025-11');
  });

  it('takes the newest release for the latest figures', async () => {
    const { release, changes } = await releaseChanges(db(), LATEST);
    expect(release).toBe('2026-01-14');
    expect(changes.map(brief)).toEqual([
      ['2025-12', 'unauthorized_access', 'added', null, 343, null],
      ['2025-12', 'sell_buy_oku_yen', 'added', null, 41, null],
    ]);
    expect(changes.every((change) => change.newMonth)).toBe(true);
  });

  it('adds every figure of the first release, and finds nothing for an unknown one', async () => {
    const first = await releaseChanges(db(), '2025-04-18');
    expect(first.changes.every((change) => change.kind === 'added' && change.newMonth)).toBe(true);
    expect(first.changes).toHaveLength(15);
    const unknown = await releaseChanges(db(), "2025-04-18' OR '1'='1");
    expect(unknown.changes).toEqual([]);
  });
});
