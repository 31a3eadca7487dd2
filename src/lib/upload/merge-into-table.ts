import type { Db } from '$lib/db/db';
import { sqlIdentifier } from '$lib/db/sql-identifier';
import { sqlString } from '$lib/db/sql-literal';
import { fsaMonthly, fsaReleases, TABLES, type TableSpec } from '$lib/schema';
import type { UploadMessage } from './upload-message';

/** Where an upload that matches a built-in table goes: beside it, onto its end, or in its place. */
export type MergeMode = 'beside' | 'append' | 'replace';

/** Thrown when merged rows would break the dataset's keys or references; nothing was changed. */
export class MergeRefused extends Error {
  constructor(readonly problems: readonly UploadMessage[]) {
    super(problems.map((problem) => problem.code).join('; '));
    this.name = 'MergeRefused';
  }
}

async function duplicateKeys(db: Db, table: TableSpec, upload: string): Promise<UploadMessage[]> {
  if (!table.key) return [];
  const key = table.key.map(sqlIdentifier).join(', ');
  const rows = await db.query<{ key: string; lines: string }>(
    `SELECT concat_ws(', ', ${key}) AS key,
       (SELECT string_agg(source_line::VARCHAR, ', ') FROM ${sqlIdentifier(upload)} u
        WHERE ${table.key.map((column) => `u.${sqlIdentifier(column)} = t.${sqlIdentifier(column)}`).join(' AND ')}) AS lines
     FROM ${table.name} t GROUP BY ${key} HAVING count(*) > 1 ORDER BY 1 LIMIT 20`,
  );
  return rows.map((row) => ({
    code: 'merge-duplicate-key',
    key: table.key ?? [],
    value: row.key,
    table: table.name,
    lines: row.lines,
  }));
}

async function brokenReferences(db: Db, changed: TableSpec): Promise<UploadMessage[]> {
  const problems: UploadMessage[] = [];
  for (const table of TABLES)
    for (const reference of table.references ?? []) {
      if (table.name !== changed.name && reference.table !== changed.name) continue;
      const rows = await db.query<{ value: string }>(
        `SELECT DISTINCT t.${sqlIdentifier(reference.column)} AS value FROM ${table.name} t
         WHERE t.${sqlIdentifier(reference.column)} IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM ${reference.table} r
           WHERE r.${sqlIdentifier(reference.tableColumn)} = t.${sqlIdentifier(reference.column)})
         ORDER BY 1 LIMIT 20`,
      );
      for (const { value } of rows)
        problems.push({
          code: 'merge-unknown-reference',
          table: table.name,
          column: reference.column,
          value,
          target: reference.table,
        });
    }
  return problems;
}

/**
 * A newer FSA table names a release the dataset does not know yet. Its row says only what the
 * monthly rows show (span, source); the totals it stated stay empty, as not given.
 */
async function addMissingReleases(db: Db, upload: string, file: string) {
  const note = sqlString(`Added from your upload ${file}; this release's stated totals not given`);
  await db.query(`INSERT INTO ${fsaReleases.name}
      (release_id, release_date, span_start, span_end, confidence, source_url, note)
    SELECT release_id, TRY_CAST(release_id AS DATE), min(period_start), max(period_end),
      min(confidence), min(source_url), ${note}
    FROM ${sqlIdentifier(upload)} u
    WHERE NOT EXISTS (SELECT 1 FROM ${fsaReleases.name} r WHERE r.release_id = u.release_id)
    GROUP BY release_id`);
}

/** Appends the upload's rows to (or puts them in place of) a built-in table, or refuses. */
export async function mergeIntoTable(
  db: Db,
  table: TableSpec,
  upload: string,
  columns: readonly string[],
  mode: Exclude<MergeMode, 'beside'>,
  file: string,
): Promise<void> {
  const list = columns.map(sqlIdentifier).join(', ');
  if (mode === 'replace') await db.query(`DELETE FROM ${table.name}`);
  await db.query(
    `INSERT INTO ${table.name} (${list}) SELECT ${list} FROM ${sqlIdentifier(upload)} ORDER BY source_line`,
  );
  if (table.name === fsaMonthly.name) await addMissingReleases(db, upload, file);
  const problems = [
    ...(await duplicateKeys(db, table, upload)),
    ...(await brokenReferences(db, table)),
  ];
  if (problems.length > 0) throw new MergeRefused(problems);
}
