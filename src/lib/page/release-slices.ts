import type { ReleaseChoice } from '$lib/figures/release-choice';
import { releaseOf, type EveryRelease, type ReleaseResults } from '$views/page-data';
import { keepEqualFields } from './keep-equal';

/**
 * One release's figures out of every release's, each sliced once per answer from DuckDB: going
 * back to a release shows the very same figures, and the latest is compared with the build's
 * (whose figures it repeats, keeping their identity) only the first time.
 */
export function releaseSlices(built: ReleaseResults | null) {
  const sliced = new WeakMap<EveryRelease, Map<ReleaseChoice, ReleaseResults>>();
  return (every: EveryRelease, release: ReleaseChoice): ReleaseResults => {
    let slices = sliced.get(every);
    if (!slices) sliced.set(every, (slices = new Map()));
    let slice = slices.get(release);
    if (!slice) {
      const fresh = releaseOf(every, release);
      slice = fresh.release === built?.release ? keepEqualFields(fresh, built) : fresh;
      slices.set(release, slice);
    }
    return slice;
  };
}
