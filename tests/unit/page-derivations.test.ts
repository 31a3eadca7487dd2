import { describe, expect, it } from 'vitest';
import type { Figure } from '$lib/figures/figure';
import {
  isStale,
  isUnknownRelease,
  monthsInRange,
  monthsOf,
  pageErrors,
  revisionRowsFor,
} from '$lib/page/page-derivations';
import type { RevisionRow } from '$lib/queries/revision-history';
import type { ReleaseResults } from '$views/page-data';

const figure = (value: number | null): Figure => ({
  value,
  release: value === null ? null : '2025-12',
  confidence: value === null ? null : 'high',
  source: null,
  periodStart: null,
  periodEnd: null,
  absent: value === null ? 'not-published' : null,
});
const month = (name: string, trades: number | null) =>
  ({ month: name, fraudulent_trades: figure(trades) }) as ReleaseResults['figures'][number];
const shown: ReleaseResults = {
  release: 'latest',
  figures: [
    month('2025-01', 10),
    month('2025-02', 33),
    month('2025-03', null),
    month('2025-04', 2987),
  ],
  changes: { release: null, changes: [] },
};

describe('the page model’s derivations', () => {
  it('keeps the months inside the range, either end open, and a gap stays a gap', () => {
    const months = (from: string | null, to: string | null) =>
      monthsInRange(shown, { from, to })?.map((row) => [row.month, row.fraudulent_trades.value]);
    expect(months('2025-02', '2025-03')).toEqual([
      ['2025-02', 33],
      ['2025-03', null],
    ]);
    expect(months(null, '2025-01')).toEqual([['2025-01', 10]]);
    expect(months('2025-04', null)).toEqual([['2025-04', 2987]]);
    expect(months(null, null)).toHaveLength(4);
    expect(monthsInRange(null, { from: null, to: null })).toBeNull();
    expect(monthsOf(shown)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(monthsOf(null)).toEqual([]);
  });

  it('shows an error instead of a chart only when it has nothing to show', () => {
    const none = { releaseError: null, datasetError: null, engineError: null };
    expect(pageErrors({ ...none, hasRelease: true, hasDataset: true })).toEqual({
      release: null,
      dataset: null,
      update: null,
    });
    expect(
      pageErrors({ ...none, hasRelease: false, hasDataset: false, engineError: 'no wasm' }),
    ).toEqual({ release: 'no wasm', dataset: 'no wasm', update: null });
    expect(
      pageErrors({ ...none, hasRelease: true, hasDataset: true, releaseError: 'Binder Error' }),
    ).toEqual({ release: null, dataset: null, update: 'Binder Error' });
    expect(
      pageErrors({ ...none, hasRelease: false, hasDataset: true, releaseError: 'Binder Error' }),
    ).toEqual({ release: 'Binder Error', dataset: null, update: null });
  });

  it("takes the chosen month's revisions out of every month's, and the build's for the default until then", () => {
    const row = { release_id: '2025-12', value: 2987 } as RevisionRow;
    const built = [{ ...row, value: 736 }];
    const live = new Map([['2025-05 fraudulent_trades', [row]]]);
    expect(revisionRowsFor(live, '2025-05', 'fraudulent_trades', built)).toEqual([row]);
    expect(revisionRowsFor(live, '2025-04', 'fraudulent_trades', built)).toEqual([]);
    expect(revisionRowsFor(null, '2025-04', 'fraudulent_trades', built)).toBe(built);
    expect(revisionRowsFor(null, '2025-06', 'fraudulent_trades', built)).toBeNull();
    expect(revisionRowsFor(null, '2025-04', 'unauthorized_access', built)).toBeNull();
  });

  it("keeps the build's revisions, the same array, when DuckDB's repeat them", () => {
    const row = { release_id: '2025-12', value: 736 } as RevisionRow;
    const built = [row];
    const same = new Map([['2025-04 fraudulent_trades', [{ ...row }]]]);
    expect(revisionRowsFor(same, '2025-04', 'fraudulent_trades', built)).toBe(built);
    const revised = new Map([['2025-04 fraudulent_trades', [{ ...row, value: 737 }]]]);
    expect(revisionRowsFor(revised, '2025-04', 'fraudulent_trades', built)).not.toBe(built);
    expect(revisionRowsFor(revised, '2025-04', 'fraudulent_trades', built)).toEqual(
      revised.get('2025-04 fraudulent_trades'),
    );
  });

  it('knows when the charts lag behind the chosen release, and which releases exist', () => {
    expect(isStale(shown, 'latest', false)).toBe(false);
    expect(isStale(shown, '2025-05-08', false)).toBe(true);
    expect(isStale(shown, '2025-05-08', true)).toBe(false);
    expect(isStale(null, '2025-05-08', false)).toBe(false);
    const known = [{ release_id: '2025-04-18' }];
    expect(isUnknownRelease('latest', known)).toBe(false);
    expect(isUnknownRelease('2025-04-18', known)).toBe(false);
    expect(isUnknownRelease('2025-04-19', known)).toBe(true);
  });
});
