import { render } from 'svelte/server';
import { openDatasetDb } from '$lib/db/node-dataset';
import { LATEST } from '$lib/queries/monthly-metrics';
import { queryDatasetResults, queryReleaseResults } from '$views/page-data';
import { serialiseSnapshot, type Snapshot } from '$views/snapshot';
import App from './App.svelte';

export interface PrerenderedPage {
  body: string;
  head: string;
  snapshotJson: string;
}

/**
 * Runs the page's queries over `dataDir` with DuckDB in Node (the engine the browser runs) and
 * renders the app with their results, for the build to write into index.html.
 */
export async function prerender(dataDir: string): Promise<PrerenderedPage> {
  const db = await openDatasetDb(dataDir);
  try {
    const snapshot: Snapshot = {
      dataset: await queryDatasetResults(db),
      latest: await queryReleaseResults(db, LATEST),
    };
    const { body, head } = render(App, { props: { snapshot } });
    return { body, head, snapshotJson: serialiseSnapshot(snapshot) };
  } finally {
    await db.close();
  }
}
