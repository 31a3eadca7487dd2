import { referenceIssues } from '$lib/ingest/check-references';
import { ValidationError, type ValidationIssue } from '$lib/ingest/issue';
import { checkTable, type CheckedTable } from '$lib/ingest/validate-table';
import { TABLES, type TableSpec } from '$lib/schema';
import { yieldToMain } from '$lib/yield-to-main';
import { createTableFromCsvSql } from '$lib/schema/create-table-sql';
import type { Db } from './db';
import { latestViewSql } from './latest-view';
import { keepPublishedCopies } from './published-copies';

/** A CSV file's name and text, as read from disk or fetched. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

function checkFile(table: TableSpec, files: readonly CsvFile[]): CheckedTable | ValidationIssue {
  const file = files.find((candidate) => candidate.name === table.file);
  if (!file)
    return { file: table.file, line: 0, column: null, value: null, rule: 'the file is missing' };
  return checkTable(file.name, table, file.text);
}

/**
 * Checks every file, then loads them all in one transaction, so a bad file never leaves the
 * database half loaded or changes what was loaded before.
 */
export async function loadDataset(db: Db, files: readonly CsvFile[]): Promise<void> {
  const checked: (CheckedTable | ValidationIssue)[] = [];
  // One file per task: the page stays responsive while the published tables are checked.
  for (const table of TABLES) {
    checked.push(checkFile(table, files));
    await yieldToMain();
  }
  const tables = checked.filter((entry): entry is CheckedTable => 'rows' in entry);
  const fileIssues = checked.flatMap((entry) => ('rows' in entry ? entry.issues : [entry]));
  const issues = fileIssues.length > 0 ? fileIssues : referenceIssues(tables);
  if (issues.length > 0) throw new ValidationError(issues);

  await db.query('BEGIN TRANSACTION');
  try {
    for (const table of tables) {
      const text = files.find((file) => file.name === table.file)?.text ?? '';
      await db.registerText(table.file, text);
      await db.query(createTableFromCsvSql(table.table, table.file, table.header));
    }
    await db.query(latestViewSql());
    await keepPublishedCopies(db);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
