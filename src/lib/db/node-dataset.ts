import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLES } from '$lib/schema';
import type { Db } from './db';
import { loadDataset, type CsvFile } from './load-dataset';
import { openNodeDb } from './node';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

export async function readDataFiles(dir = DATA_DIR): Promise<CsvFile[]> {
  return Promise.all(
    TABLES.map(async (table) => ({
      name: table.file,
      text: await readFile(path.join(dir, table.file), 'utf8'),
    })),
  );
}

/** DuckDB in Node with the dataset in `dir` loaded, as the build and the tests use it. */
export async function openDatasetDb(dir = DATA_DIR): Promise<Db> {
  const db = await openNodeDb();
  await loadDataset(db, await readDataFiles(dir));
  return db;
}
