import { createTableFromCsvSql } from '$lib/schema/create-table-sql';
import { TABLES, type TableSpec } from '$lib/schema';
import { ValidationError, type ValidationIssue } from '$lib/ingest/issue';
import { readHeader } from '$lib/ingest/parse-csv';
import { validateTable } from '$lib/ingest/validate-table';
import type { Db } from './db';
import { latestViewSql } from './latest-view';

/** A CSV file's name and text, as read from disk or fetched. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

function fileFor(table: TableSpec, files: readonly CsvFile[]): CsvFile | ValidationIssue {
  const file = files.find((candidate) => candidate.name === table.file);
  return (
    file ?? { file: table.file, line: 0, column: null, value: null, rule: 'the file is missing' }
  );
}

/**
 * Validates every file first and loads only when all pass, so a bad file never leaves the
 * database half loaded.
 */
export async function loadDataset(db: Db, files: readonly CsvFile[]): Promise<void> {
  const found = TABLES.map((table) => ({ table, file: fileFor(table, files) }));
  const issues = found.flatMap(({ table, file }) =>
    'text' in file ? validateTable(file.name, table, file.text) : [file],
  );
  if (issues.length > 0) throw new ValidationError(issues);
  for (const { table, file } of found) {
    if (!('text' in file)) continue;
    await db.registerText(file.name, file.text);
    await db.query(createTableFromCsvSql(table, file.name, readHeader(file.text)));
  }
  await db.query(latestViewSql());
}
