import { openBrowserDb, type LoadProgress } from './browser';
import type { Db } from './db';
import { fetchDataFiles } from './fetch-dataset';
import { loadDataset } from './load-dataset';
import { lockExternalAccess } from './lock-external-access';

/** Everything the page needs only once it queries in the browser, kept out of the first download. */
export { openBrowserDb, type LoadProgress };

/** Fetches the built-in CSVs, validates them, loads them into `db` and locks it to them. */
export async function loadBuiltInData(db: Db): Promise<void> {
  await loadDataset(db, await fetchDataFiles());
  await lockExternalAccess(db);
}
