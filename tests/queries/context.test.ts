import { describe, expect, it } from 'vitest';
import { firstTableRise } from '$lib/queries/first-table-rise';
import { latestStatedTotals } from '$lib/queries/stated-totals';
import { namedBrokersOverTime } from '$lib/queries/named-brokers';
import { releases } from '$lib/queries/releases';
import { stockVolumeSpikes } from '$lib/queries/stock-spikes';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('headline', () => {
  it('opens with the first table: 33 in February to 736 in 1-16 April', async () => {
    const rise = await firstTableRise(db());
    expect(rise).toMatchObject({ release: '2025-04-18', releaseDate: '2025-04-18' });
    expect(rise?.first).toEqual({
      month: '2025-02',
      trades: 33,
      periodStart: '2025-02-01',
      periodEnd: '2025-02-28',
    });
    expect(rise?.last).toEqual({
      month: '2025-04',
      trades: 736,
      periodStart: '2025-04-01',
      periodEnd: '2025-04-16',
    });
  });

  it('prefers full-year totals, and otherwise gives the newest running total with its span', async () => {
    const totals = await latestStatedTotals(db());
    expect(
      totals.map((total) => [
        total.metric,
        total.value,
        total.release,
        total.spanEnd,
        total.fullYear,
      ]),
    ).toEqual([
      ['total_fraudulent_trades', 9510, '2025-12', '2025-11-30', false],
      ['total_unauthorized_access', 17559, '2026-01-14', '2025-12-31', true],
      ['total_sell_buy_oku_yen', 7393, '2026-01-14', '2025-12-31', true],
      ['firms_cumulative', 18, '2025-11-10', '2025-10-31', false],
    ]);
    expect(totals[0]).toMatchObject({ confidence: 'low', releaseDate: null });
  });
});

describe('brokers', () => {
  it('counts 18 named firms, Rakuten first and Interactive Brokers last (low confidence)', async () => {
    const brokers = await namedBrokersOverTime(db());
    expect(brokers).toHaveLength(18);
    const sameDay = brokers.filter((broker) => broker.first_reported === '2025-04-04');
    expect(sameDay.map((broker) => broker.cumulative)).toEqual([5, 5, 5]);
    expect(brokers[0]).toMatchObject({
      broker_en: 'Rakuten Securities',
      cumulative: 1,
      first_reported: '2025-03-21',
    });
    expect(brokers.at(-1)).toMatchObject({
      broker_en: 'Interactive Brokers Securities Japan',
      cumulative: 18,
      confidence: 'low',
    });
    const sbi = brokers.find((broker) => broker.broker_en === 'SBI Securities');
    expect(sbi).toMatchObject({ provision_oku_yen: 80, mfa_mandatory_date: '2025-05-31' });
    const daiwa = brokers.find((broker) => broker.broker_en === 'Daiwa Securities');
    expect(daiwa?.provision_oku_yen).toBeNull();
  });
});

describe('stock volume spikes', () => {
  it('compares volume with the reported baseline for every stock, missing where unpublished', async () => {
    const rows = await stockVolumeSpikes(db());
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({
      ticker: '7992',
      event_date: '2025-03-26',
      baseline_kind: 'previous trading day volume',
    });
    expect(rows[0]?.volume_ratio).toBeCloseTo(297.52, 2);
    expect(rows[1]).toMatchObject({ ticker: '6048' });
    expect(rows[1]?.volume_ratio).toBeCloseTo(29.897, 3);
    expect(rows.slice(2).every((row) => row.volume_ratio === null)).toBe(true);
  });
});

describe('releases', () => {
  it('lists the ten releases in date order', async () => {
    const rows = await releases(db());
    expect(rows.map((row) => row.release_id)).toEqual([
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
  });
});
