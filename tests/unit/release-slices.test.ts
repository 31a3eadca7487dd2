import { describe, expect, it } from 'vitest';
import { releaseSlices } from '$lib/page/release-slices';
import type { EveryRelease, ReleaseResults } from '$views/page-data';

const figure = (value: number, release: string) => ({
  value,
  release,
  confidence: 'high',
  source: null,
  periodStart: null,
  periodEnd: null,
});
const month = (name: string, trades: number, release: string) => ({
  month: name,
  fraudulent_trades: figure(trades, release),
});

/** Every release's figures as DuckDB answers them: the latest repeats the newest release. */
function everyRelease(): EveryRelease {
  return {
    figures: new Map([
      ['2025-04-18', [month('2025-04', 736, '2025-04-18')]],
      ['latest', [month('2025-04', 2987, '2025-05-08')]],
    ]),
    changes: { latest: '2025-05-08', byRelease: new Map() },
  } as unknown as EveryRelease;
}

describe('releaseSlices', () => {
  it("gives a release's figures, the very same each time it is shown again", () => {
    const sliceOf = releaseSlices(null);
    const every = everyRelease();
    const april = sliceOf(every, '2025-04-18');
    expect(april.figures.map((row) => row.month)).toEqual(['2025-04']);
    expect(sliceOf(every, 'latest')).not.toBe(april);
    expect(sliceOf(every, '2025-04-18')).toBe(april);
    expect(sliceOf(everyRelease(), '2025-04-18')).not.toBe(april);
  });

  it('keeps the figures the page was built with where the latest repeats them', () => {
    const every = everyRelease();
    const built = {
      release: 'latest',
      figures: [month('2025-04', 2987, '2025-05-08')],
      changes: { release: '2025-05-08', changes: [] },
    } as unknown as ReleaseResults;
    const latest = releaseSlices(built)(every, 'latest');
    expect(latest).toBe(built);
  });
});
