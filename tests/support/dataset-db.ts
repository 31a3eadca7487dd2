import { afterAll, beforeAll } from 'vitest';
import type { Db } from '$lib/db/db';
import { openDatasetDb } from '$lib/db/node-dataset';

/** Real DuckDB (the wasm Node build) over the real data/ files, opened once per test file. */
export function useDatasetDb(): () => Db {
  let db: Db | null = null;
  beforeAll(async () => {
    db = await openDatasetDb();
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('the dataset database is not open yet');
    return db;
  };
}
