import type { Db } from '$lib/db/db';
import { TABLES } from '$lib/schema';
import { sqlIdentifier } from '$lib/db/sql-identifier';
import {
  badRowsSql,
  badRowsTable,
  columnStatsSql,
  keepValidRows,
  normTable,
  rejectedCellsSql,
  stagedTable,
  stagedTableSql,
} from './checked-sql';
import type { PlannedColumn } from './column-plan';
import type { OverlongRecord, RecordBatch } from './line-records';
import { mergeIntoTable, type MergeMode } from './merge-into-table';
import { distinctTable, normaliseDistinct } from './normalise-distinct';
import { firstRejectedCells, keepRejectedRows, rejectedTable } from './rejected-rows';
import { appendBatch, createRawTable, dropStaging, stagingNames } from './stage-raw';
import type { TextEncodingName, UploadTargetName } from './types';
import type { UploadReport } from './upload-report';
import type { UploadMessage } from './upload-message';

export interface UploadRequest {
  readonly id: string;
  readonly file: string;
  readonly encoding: TextEncodingName;
  /** The DuckDB table the valid rows become. */
  readonly table: string;
  readonly target: UploadTargetName | null;
  readonly mode: MergeMode;
  readonly plan: readonly PlannedColumn[];
  /** The file's column names; each record has this many cells. */
  readonly headers: readonly string[];
  readonly delimiter: string;
  readonly batches: AsyncIterable<RecordBatch>;
  readonly notes: readonly UploadMessage[];
  readonly signal: AbortSignal;
  readonly onPhase?: (phase: 'reading' | 'checking' | 'saving') => void;
}

const REPORTED_CELLS = 500;

/** Thrown when no row of the file could be loaded; the report says why, nothing was changed. */
export class NothingLoaded extends Error {
  constructor(readonly report: UploadReport) {
    super(`no row of ${report.file} could be loaded`);
    this.name = 'NothingLoaded';
  }
}

async function stage(db: Db, request: UploadRequest, names: ReturnType<typeof stagingNames>) {
  await createRawTable(db, names, request.headers.length);
  const overlong: OverlongRecord[] = [];
  const notes: UploadMessage[] = [];
  let part = 0;
  for await (const batch of request.batches) {
    request.signal.throwIfAborted();
    overlong.push(...batch.overlong);
    notes.push(...batch.notes);
    await appendBatch(db, names, request.headers.length, request.delimiter, batch, part);
    part += 1;
  }
  // DuckDB creates the rejects table with the first scan; an upload without rows has none.
  await db.query(`CREATE TEMP TABLE IF NOT EXISTS ${names.rejects}
    (line BIGINT, csv_line VARCHAR, error_type VARCHAR, error_message VARCHAR)`);
  return { overlong, notes };
}

/** Amounts converted from yen keep the figure as written, as rewritten values do. */
function originalsToKeep(plan: readonly PlannedColumn[], rewritten: ReadonlySet<number>) {
  const keep = new Set(rewritten);
  for (const [index, column] of plan.entries())
    if (column.kind === 'oku_yen' && column.unit !== null && column.unit !== 'oku_yen')
      keep.add(index);
  return keep;
}

/**
 * Reads the file into DuckDB, checks and normalises every cell, and only then, in one
 * transaction, creates the upload's table (and merges it into a built-in table where the reader
 * chose that). Cancelled or failed, it leaves the database as it found it.
 */
export async function loadUpload(db: Db, request: UploadRequest): Promise<UploadReport> {
  const names = stagingNames(request.id);
  const { plan, signal } = request;
  const query = (sql: string) => db.query(sql);
  let committed = false;
  try {
    request.onPhase?.('reading');
    const { overlong, notes } = await stage(db, request, names);
    request.onPhase?.('checking');
    const { rewritten, joined } = await normaliseDistinct(db, names, plan, signal);
    const keep = originalsToKeep(plan, rewritten);
    await db.query(stagedTableSql(names, plan, keep, joined));
    signal.throwIfAborted();
    const [stats = {}] = await db.query<Record<string, number>>(columnStatsSql(names, plan));
    await db.query(badRowsSql(names, plan));
    const found = await firstRejectedCells(
      db,
      names,
      rejectedCellsSql(names, plan),
      overlong,
      REPORTED_CELLS,
    );
    await keepRejectedRows(db, names, plan, request.headers.length, overlong);
    const [{ broken } = { broken: 0 }] = await db.query<{ broken: number }>(
      `SELECT count(DISTINCT csv_line) AS broken FROM ${names.rejects}`,
    );
    const badRows = (stats.bad_rows ?? 0) + broken + overlong.length;
    const rowsLoaded = (stats.rows ?? 0) - (stats.bad_rows ?? 0);
    const report: UploadReport = {
      file: request.file,
      encoding: request.encoding,
      table: request.table,
      target: request.target,
      mode: request.mode,
      rowsRead: rowsLoaded + badRows,
      rowsLoaded,
      rowsRejected: badRows,
      columns: plan.map((column, index) => ({
        label: column.label,
        name: column.name,
        kind: column.kind,
        valid: stats[`valid${index}`] ?? 0,
        empty: stats[`empty${index}`] ?? 0,
        rejected: stats[`rejected${index}`] ?? 0,
        keptOriginal: keep.has(index),
      })),
      rejected: found.cells,
      rejectedCells: found.total,
      headers: request.headers,
      rejectedTable: rejectedTable(names),
      notes: [...request.notes, ...notes],
    };
    if (rowsLoaded === 0) throw new NothingLoaded(report);
    signal.throwIfAborted();
    request.onPhase?.('saving');
    await keepValidRows(query, names, plan);
    await commit(db, request, names);
    committed = true;
    return report;
  } finally {
    if (!committed) await db.query(`DROP TABLE IF EXISTS ${stagedTable(names)}`);
    await db.query(`DROP TABLE IF EXISTS ${badRowsTable(names)}`);
    for (const index of plan.keys()) {
      await db.query(`DROP TABLE IF EXISTS ${normTable(names, index)}`);
      await db.query(`DROP TABLE IF EXISTS ${distinctTable(names, index)}`);
    }
    // A cancelled upload has no report to download its rejected rows from.
    if (signal.aborted) await db.query(`DROP TABLE IF EXISTS ${rejectedTable(names)}`);
    await dropStaging(db, names);
  }
}

async function commit(db: Db, request: UploadRequest, names: ReturnType<typeof stagingNames>) {
  await db.query('BEGIN TRANSACTION');
  try {
    await db.query(`ALTER TABLE ${stagedTable(names)} RENAME TO ${sqlIdentifier(request.table)}`);
    const target = TABLES.find((table) => table.name === request.target);
    if (target && request.mode !== 'beside') {
      const columns = request.plan
        .map((column) => column.name)
        .filter((name) => target.columns.some((column) => column.name === name));
      await mergeIntoTable(db, target, request.table, columns, request.mode, request.file);
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
