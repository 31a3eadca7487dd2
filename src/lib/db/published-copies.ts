import { TABLES, type TableSpec } from '$lib/schema';
import type { Db } from './db';

/** Copies of the published tables, kept so that "reset" can always restore them. */
export const publishedCopy = (table: TableSpec) => `published.${table.name}`;

export async function keepPublishedCopies(db: Db) {
  await db.query('CREATE SCHEMA IF NOT EXISTS published');
  for (const table of TABLES)
    await db.query(`CREATE OR REPLACE TABLE ${publishedCopy(table)} AS FROM ${table.name}`);
}

/** Puts every built-in table back as it was published, in one transaction. */
export async function restorePublished(db: Db) {
  await db.query('BEGIN TRANSACTION');
  try {
    for (const table of TABLES) {
      await db.query(`DELETE FROM ${table.name}`);
      await db.query(`INSERT INTO ${table.name} FROM ${publishedCopy(table)}`);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
