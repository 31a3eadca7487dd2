import type { Db } from '$lib/db/db';
import { everyRevision, type EveryRevision } from '$lib/queries/revision-history';
import { queryDatasetResults, queryEveryRelease } from '$views/page-data';
import type { DatasetResults, EveryRelease } from '$views/page-data';
import { followQuery } from './follow-query.svelte';

export interface LiveInputs {
  db: () => Db | null;
  /** The data's version: a change means the published tables changed. */
  version: () => number;
}

/**
 * What DuckDB answers in the browser, each read again when the published tables change: the
 * dataset's results, every release's figures and every month's revisions (one query each: a
 * release, or a month's revisions, is then a slice).
 */
export class LiveResults {
  dataset = $state.raw<DatasetResults | null>(null);
  every = $state.raw<EveryRelease | null>(null);
  revisions = $state.raw<EveryRevision | null>(null);
  datasetError = $state<string | null>(null);
  releaseError = $state<string | null>(null);
  revisionError = $state<string | null>(null);

  constructor(inputs: LiveInputs, onDataset: (results: DatasetResults) => void) {
    const withDb = <T>(run: (db: Db) => Promise<T>) => {
      const db = inputs.db();
      inputs.version();
      return db ? () => run(db) : null;
    };
    followQuery(
      () => withDb(queryDatasetResults),
      (results) => {
        this.datasetError = null;
        onDataset(results);
        this.dataset = results;
      },
      (message) => (this.datasetError = message),
    );
    followQuery(
      () => withDb(queryEveryRelease),
      (every) => {
        this.releaseError = null;
        this.every = every;
      },
      (message) => (this.releaseError = message),
    );
    followQuery(
      () => withDb(everyRevision),
      (revisions) => {
        this.revisionError = null;
        this.revisions = revisions;
      },
      (message) => (this.revisionError = message),
    );
  }
}
