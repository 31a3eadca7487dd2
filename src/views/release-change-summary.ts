import { monthLabel, releaseLabel, releaseRowLabel } from '$lib/format/dates';
import { formatAsPublished } from '$lib/format/metric-value';
import { releaseChangeWords } from '$lib/i18n';
import type { ReleaseChange, ReleaseChanges } from '$lib/queries/release-changes';
import { changeLabel } from './release-change-rows';

type Release = { release_id: string; release_date: string | null };

/** A release's name for a sentence: its date, or its id's month where the day is unknown. */
export function releaseName(release: string, releases: readonly Release[]): string {
  const row = releases.find((candidate) => candidate.release_id === release);
  return row ? releaseRowLabel(row) : releaseLabel(release);
}

const relative = (change: ReleaseChange) =>
  change.previousValue && change.difference !== null
    ? Math.abs(change.difference / change.previousValue)
    : 0;

/** How many figures a release revised, which months it added, and its takeaway. */
export function releaseSummary(data: ReleaseChanges, releases: readonly Release[]) {
  const revised = data.changes.filter((change) => change.kind === 'revised');
  const added = data.changes.filter((change) => change.kind === 'added');
  const addedMonths = [...new Set(added.filter((c) => c.newMonth).map((c) => c.month))];
  const firstFigures = added.filter((change) => !change.newMonth).length;
  const unchanged = data.changes.length - revised.length - added.length;
  const name = data.release ? releaseName(data.release, releases) : null;
  const largest = revised.reduce<ReleaseChange | null>(
    (top, change) => (top === null || relative(change) > relative(top) ? change : top),
    null,
  );
  const monthNames = addedMonths.map(monthLabel);
  const takeaway = name
    ? [
        releaseChangeWords.takeaway(name, revised.length, monthNames, firstFigures),
        largest && largest.previousValue !== null
          ? releaseChangeWords.largest(
              changeLabel(largest),
              formatAsPublished(largest.metric, largest.previousValue),
              formatAsPublished(largest.metric, largest.value),
            )
          : '',
      ]
        .filter(Boolean)
        .join(' ')
    : null;
  return {
    name,
    revised: revised.length,
    addedMonths: monthNames,
    firstFigures,
    unchanged,
    takeaway,
  };
}
