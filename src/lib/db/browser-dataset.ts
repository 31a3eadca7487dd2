import { openBrowserDb, type LoadProgress } from './browser';
import type { Db } from './db';
import { fetchDataFiles } from './fetch-dataset';
import { loadDataset } from './load-dataset';

/** Everything the page needs only once it queries in the browser, kept out of the first download. */
export { openBrowserDb, type LoadProgress };

/** Fetches the built-in CSVs, validates them and loads them into `db`. */
export async function loadBuiltInData(db: Db): Promise<void> {
  await loadDataset(db, await fetchDataFiles());
}
