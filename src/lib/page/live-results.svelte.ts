import type { Db } from '$lib/db/db';
import type { MonthlyMetric } from '$lib/schema/fsa-tables';
import type { RevisionRow } from '$lib/queries/revision-history';
import { revisionHistory } from '$lib/queries/revision-history';
import { queryDatasetResults, queryEveryRelease } from '$views/page-data';
import type { DatasetResults, EveryRelease } from '$views/page-data';
import { followQuery } from './follow-query.svelte';

export interface LiveInputs {
  db: () => Db | null;
  /** The data's version: a change means the published tables changed. */
  version: () => number;
  revisionMonth: () => string;
  revisionMetric: () => MonthlyMetric;
}

/** Revisions of one month and metric, keyed by both. */
export interface KeyedRevisions {
  key: string;
  rows: RevisionRow[];
}

export const revisionKey = (month: string, metric: MonthlyMetric) => `${month} ${metric}`;

/**
 * What DuckDB answers in the browser, each read again when the published tables change: the
 * dataset's results, every release's figures (one query; a release is then a slice), and the
 * revisions of the chosen month and metric.
 */
export class LiveResults {
  dataset = $state.raw<DatasetResults | null>(null);
  every = $state.raw<EveryRelease | null>(null);
  revisions = $state.raw<KeyedRevisions | null>(null);
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
      () => {
        const month = inputs.revisionMonth();
        const metric = inputs.revisionMetric();
        const key = revisionKey(month, metric);
        return withDb(async (db) => ({ key, rows: await revisionHistory(db, month, metric) }));
      },
      (revisions) => {
        this.revisionError = null;
        this.revisions = revisions;
      },
      (message) => (this.revisionError = message),
    );
  }
}
