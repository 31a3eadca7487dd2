import type { Db } from '$lib/db/db';
import { UPLOAD_DIRECTORY } from '$lib/db/lock-external-access';
import { sqlString } from '$lib/db/sql-literal';
import { checkOf, needsNormalising, normTable } from './checked-sql';
import { rawColumn, type PlannedColumn } from './column-plan';
import type { StagingNames } from './stage-raw';
import { messageJson } from './upload-message';

const BATCH = 5_000;

/** Each distinct value of a column that needs normalising; dropped when the load ends. */
export const distinctTable = (names: StagingNames, index: number) =>
  `upload_distinct_${names.id}_${index}`;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Sends each distinct value that is not already plain through the column's normaliser, in
 * batches, and stores what it made of it (value, or reason) for DuckDB to join back. Says which
 * columns have such values (only those need the join) and where some value was rewritten (those
 * keep the text as written beside the value).
 */
export async function normaliseDistinct(
  db: Db,
  names: StagingNames,
  plan: readonly PlannedColumn[],
  signal: AbortSignal,
): Promise<{ rewritten: Set<number>; joined: Set<number> }> {
  const rewritten = new Set<number>();
  const joined = new Set<number>();
  for (const [index, column] of plan.entries()) {
    if (!needsNormalising(column) || column.source === null) continue;
    const check = checkOf(column);
    const normalise = check.normalise;
    if (!normalise) continue;
    const text = rawColumn(column.source);
    const distinct = distinctTable(names, index);
    const plainFilter = check.plain
      ? `AND NOT regexp_full_match(${text}, ${sqlString(check.plain)})`
      : '';
    await db.query(`CREATE OR REPLACE TEMP TABLE ${distinct} AS
      SELECT row_number() OVER () AS n, raw FROM (SELECT DISTINCT ${text} AS raw FROM ${names.raw}
      WHERE ${text} IS NOT NULL ${plainFilter})`);
    await db.query(`CREATE OR REPLACE TEMP TABLE ${normTable(names, index)}
      (raw VARCHAR, value VARCHAR, reason VARCHAR, changed BOOLEAN, blank BOOLEAN)`);
    const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
      `SELECT count(*) AS total FROM ${distinct}`,
    );
    if (total > 0) joined.add(index);
    for (let first = 1; first <= total; first += BATCH) {
      signal.throwIfAborted();
      const rows = await db.query<{ raw: string }>(
        `SELECT raw FROM ${distinct} WHERE n BETWEEN ${first} AND ${first + BATCH - 1}`,
      );
      const lines = rows.map(({ raw }) => {
        if (raw.trim() === '') return `${quoted(raw)},,,false,true`;
        const result = normalise(raw);
        if (result.ok && result.changed) rewritten.add(index);
        return result.ok
          ? `${quoted(raw)},${quoted(String(result.value))},,${result.changed},false`
          : `${quoted(raw)},,${quoted(messageJson(result.reason))},false,false`;
      });
      const file = `${UPLOAD_DIRECTORY}${names.id}-norm-${index}-${first}.csv`;
      await db.registerText(file, lines.join('\n') + '\n');
      try {
        await db.query(`INSERT INTO ${normTable(names, index)} SELECT * FROM read_csv(
          ${sqlString(file)}, header = false, auto_detect = false, delim = ',', quote = '"',
          escape = '"', columns = {'raw': 'VARCHAR', 'value': 'VARCHAR', 'reason': 'VARCHAR',
          'changed': 'BOOLEAN', 'blank': 'BOOLEAN'})`);
      } finally {
        await db.dropFile(file);
      }
    }
    await db.query(`DROP TABLE ${distinct}`);
  }
  return { rewritten, joined };
}
