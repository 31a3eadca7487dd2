import { releaseRowLabel } from '$lib/format/dates';
import { exportWords } from '$lib/i18n';
import { LATEST, type ReleaseChoice } from '$lib/figures/release-choice';
import type { FsaReleaseRow } from '$lib/schema';
import { SLIDES } from '$lib/view-state';

/** Charts whose figures follow the release the reader picks; the others use every release. */
const BY_RELEASE = new Set(['monthly-counts', 'yen-amounts', 'brokers', 'release-changes']);

/**
 * The date of a chart's figures, as an exported image states it: the release shown, or for the
 * latest figures the newest release they draw on. Null while the releases are unknown, and for
 * charts that are not the dashboard's own (uploaded data has no FSA release).
 */
export function figureDateLine(
  chartId: string,
  release: ReleaseChoice | null,
  releases: readonly FsaReleaseRow[],
): string | null {
  if (!SLIDES.some((id) => id === chartId)) return null;
  const newest = releases.at(-1);
  const shown =
    BY_RELEASE.has(chartId) && release !== null && release !== LATEST
      ? releases.find((row) => row.release_id === release)
      : undefined;
  if (shown) return exportWords.publishedOn(releaseRowLabel(shown));
  return newest ? exportWords.latestUpTo(releaseRowLabel(newest)) : null;
}
