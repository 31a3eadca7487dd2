import { describe, expect, it } from 'vitest';
import { LATEST } from '$lib/queries/monthly-metrics';
import { releases } from '$lib/queries/releases';
import { queryEveryRelease, queryReleaseResults, releaseOf } from '$views/page-data';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('every release in one query', () => {
  it("gives each release in data/, and the latest figures, exactly its own query's months", async () => {
    const every = await queryEveryRelease(db());
    const choices = [LATEST, ...(await releases(db())).map((row) => row.release_id)];
    expect(choices.length).toBeGreaterThan(5);
    for (const choice of choices) {
      const alone = await queryReleaseResults(db(), choice);
      expect(alone.figures.length, choice).toBeGreaterThan(0);
      expect(releaseOf(every, choice), choice).toEqual(alone);
    }
    expect([...every.figures.keys()].sort()).toEqual([...choices].sort());
  });

  it('keeps a month a release skipped as a gap, and gives an unknown release no months', async () => {
    const every = await queryEveryRelease(db());
    const first = releaseOf(every, '2025-04-18').figures;
    expect(first.map((row) => [row.month, row.fraudulent_trades.value])).toEqual([
      ['2025-02', 33],
      ['2025-03', 685],
      ['2025-04', 736],
    ]);
    expect(releaseOf(every, '2024-01')).toEqual(await queryReleaseResults(db(), '2024-01'));
    expect(releaseOf(every, '2024-01').figures).toEqual([]);
  });
});
