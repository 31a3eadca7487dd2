import type { Db } from '$lib/db/db';
import { UPLOAD_DIRECTORY } from '$lib/db/lock-external-access';
import { sqlString } from '$lib/db/sql-literal';
import type { RecordBatch } from './line-records';
import { rawColumn } from './column-plan';
import { engineReadFailed } from './engine-read-failed';

/** The tables one upload is staged in, before anything the reader sees changes. */
export interface StagingNames {
  readonly id: string;
  /** Every record as text: `line`, then c1 … cN. */
  readonly raw: string;
  /** Records DuckDB could not split into the header's number of cells. */
  readonly rejects: string;
  readonly scans: string;
}

export function stagingNames(id: string): StagingNames {
  return {
    id,
    raw: `upload_raw_${id}`,
    rejects: `upload_broken_${id}`,
    scans: `upload_scans_${id}`,
  };
}

/** DuckDB's limit on one line; the splitter reports longer records itself. */
export const MAX_RECORD_BYTES = 1 << 20;

export async function createRawTable(db: Db, names: StagingNames, columns: number) {
  const cells = Array.from({ length: columns }, (_, index) => `${rawColumn(index)} VARCHAR`);
  await db.query(`CREATE TEMP TABLE ${names.raw} (line BIGINT, ${cells.join(', ')})`);
}

/**
 * Appends one batch of line-numbered records. DuckDB splits and stores them without any row
 * passing through JavaScript; records with the wrong number of cells or a broken quote go to the
 * rejects table with DuckDB's reason.
 */
export async function appendBatch(
  db: Db,
  names: StagingNames,
  columns: number,
  delimiter: string,
  batch: RecordBatch,
  part: number,
) {
  if (batch.records === 0) return;
  const file = `${UPLOAD_DIRECTORY}${names.id}-${part}.csv`;
  await db.registerBytes(file, batch.bytes);
  const declared = [`'line': 'BIGINT'`]
    .concat(Array.from({ length: columns }, (_, index) => `'${rawColumn(index)}': 'VARCHAR'`))
    .join(', ');
  try {
    await db.query(`INSERT INTO ${names.raw} SELECT * FROM read_csv(${sqlString(file)},
      header = false, auto_detect = false, delim = ${sqlString(delimiter)}, quote = '"',
      escape = '"', columns = {${declared}}, max_line_size = ${2 * MAX_RECORD_BYTES},
      store_rejects = true, rejects_table = '${names.rejects}', rejects_scan = '${names.scans}')`);
  } catch (error) {
    throw engineReadFailed(batch.bytes, delimiter, error);
  } finally {
    await db.dropFile(file);
  }
}

export async function dropStaging(db: Db, names: StagingNames) {
  for (const table of [names.raw, names.rejects, names.scans])
    await db.query(`DROP TABLE IF EXISTS ${table}`);
}
