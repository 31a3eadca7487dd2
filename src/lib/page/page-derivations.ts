import { LATEST } from '$lib/figures/release-choice';
import { revisionKey, type EveryRevision, type RevisionRow } from '$lib/queries/revision-history';
import { DEFAULT_VIEW, monthInRange, type ViewState } from '$lib/view-state';
import type { ReleaseResults } from '$views/page-data';
import { deepEqual } from './keep-equal';

/** The months of the shown release that the month range keeps, for the charts it filters. */
export function monthsInRange(
  shown: ReleaseResults | null,
  range: Pick<ViewState, 'from' | 'to'>,
): ReleaseResults['figures'] | null {
  return shown?.figures.filter((row) => monthInRange(range, row.month)) ?? null;
}

/** Every month the shown release has, for the month range's choices. */
export function monthsOf(shown: ReleaseResults | null): string[] {
  return shown?.figures.map((row) => row.month) ?? [];
}

export interface PageErrors {
  /** Instead of the release's charts: they have no figures at all to show. */
  release: string | null;
  /** Instead of the dataset's charts (stocks, the named brokers, the data check). */
  dataset: string | null;
  /** Above the charts: an update failed while they keep showing earlier figures. */
  update: string | null;
}

/** A view gives way to an error only when it has no figures at all; otherwise one line says so. */
export function pageErrors(inputs: {
  hasRelease: boolean;
  hasDataset: boolean;
  releaseError: string | null;
  datasetError: string | null;
  engineError: string | null;
}): PageErrors {
  const { hasRelease, hasDataset, releaseError, datasetError, engineError } = inputs;
  return {
    release: hasRelease ? null : (releaseError ?? engineError),
    dataset: hasDataset ? null : (datasetError ?? engineError),
    update:
      (hasRelease && releaseError) || (hasDataset && datasetError)
        ? (releaseError ?? datasetError ?? '')
        : null,
  };
}

/**
 * The revision history's rows for the chosen month and metric: DuckDB's once it read every
 * month's; the build's for the default month and metric until then; otherwise none yet.
 */
export function revisionRowsFor(
  live: EveryRevision | null,
  month: string,
  metric: ViewState['revisionMetric'],
  prerendered: RevisionRow[] | null,
): RevisionRow[] | null {
  const key = revisionKey(month, metric);
  const isDefault = key === revisionKey(DEFAULT_VIEW.revisionMonth, DEFAULT_VIEW.revisionMetric);
  if (!live) return isDefault ? prerendered : null;
  const rows = [...(live.get(key) ?? [])];
  // DuckDB's answer repeats the build's: keeping its identity leaves what was drawn from it be.
  return isDefault && prerendered && deepEqual(rows, prerendered) ? prerendered : rows;
}

/** The charts still show another release while the chosen one is being read. */
export function isStale(
  shown: ReleaseResults | null,
  chosen: ViewState['release'],
  engineFailed: boolean,
): boolean {
  return shown !== null && shown.release !== chosen && !engineFailed;
}

/** A release the dataset does not know: the view falls back to the latest figures. */
export function isUnknownRelease(
  chosen: ViewState['release'],
  known: readonly { release_id: string }[],
): boolean {
  return chosen !== LATEST && !known.some((row) => row.release_id === chosen);
}
