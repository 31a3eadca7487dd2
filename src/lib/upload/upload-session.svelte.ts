import type { Db } from '$lib/db/db';
import { errorMessage } from '$lib/error-message';
import { buildPlan, defaultChoices, type UploadChoices } from './build-plan';
import { EngineReadFailed } from './engine-read-failed';
import { loadUpload, NothingLoaded } from './load-upload';
import { MemoryGuard, memoryLimitOf, TooLarge } from './memory-guard';
import { MergeRefused } from './merge-into-table';
import { PIVOT_NOTE, pivotedBatches } from './pivoted-batches';
import { recordFilterOf } from './record-filter';
import type { ChosenEncoding } from './sniff/decode';
import { tableNameFor } from './table-name';
import type { Sniffed } from './types';
import { readRecordBatches, sniffFile } from './upload-reader';
import type { UploadReport } from './upload-report';
import type { UploadMessage } from './upload-message';
import { isWorkbook, openWorkbook } from './workbook/open-workbook';

export type UploadStage = 'idle' | 'sniffing' | 'mapping' | 'loading' | 'done' | 'failed';
export type LoadPhase = 'reading' | 'checking' | 'saving';

/** Why a file was not loaded: messages for the reader, and what DuckDB or the browser said. */
export interface UploadFailure {
  readonly file: string;
  readonly messages: readonly UploadMessage[];
  /** The engine's own words (English), when the engine is what failed. */
  readonly detail: string | null;
}

const OUT_OF_MEMORY = /Out of Memory Error/i;

/** Why a load stopped, from what was thrown: the reader's messages where the upload knows them. */
function failureOf(file: string, error: unknown, guard?: MemoryGuard): UploadFailure {
  if (error instanceof NothingLoaded)
    return { file, messages: [{ code: 'nothing-loaded', file }], detail: null };
  if (error instanceof MergeRefused) return { file, messages: error.problems, detail: null };
  if (error instanceof TooLarge) return { file, messages: [error.problem], detail: null };
  const detail = error instanceof EngineReadFailed ? error.problem.detail : errorMessage(error);
  // DuckDB's own words follow the reader's explanation, never stand alone.
  if (guard && OUT_OF_MEMORY.test(detail)) return { file, messages: [guard.ranOut()], detail };
  if (error instanceof EngineReadFailed) return { file, messages: [error.problem], detail: null };
  return { file, messages: [], detail };
}

/** A loaded upload, as the page lists it. */
export interface LoadedUpload {
  readonly report: UploadReport;
  readonly columns: readonly { name: string; type: string }[];
}

let uploads = 0;

/** The workbook a file turned out to be: its worksheets, the one read, and its rows. */
export interface OpenedWorkbook {
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly rows: number;
}

/** One reader's way from a chosen file to a loaded table, or to a message saying why not. */
export class UploadSession {
  stage = $state<UploadStage>('idle');
  file = $state.raw<File | null>(null);
  sniffed = $state.raw<Sniffed | null>(null);
  choices = $state.raw<UploadChoices | null>(null);
  phase = $state<LoadPhase>('reading');
  bytesRead = $state(0);
  report = $state.raw<UploadReport | null>(null);
  error = $state.raw<UploadFailure | null>(null);
  workbook = $state.raw<OpenedWorkbook | null>(null);
  /** What is read as text: the file, or the chosen sheet of a workbook as CSV. */
  source = $state.raw<Blob | null>(null);
  private controller: AbortController | null = null;

  /** A workbook's sheet as CSV (read in a worker), or why the workbook cannot be read. */
  private async openSheet(file: File, sheet?: string): Promise<Blob | UploadFailure | null> {
    const opened = await openWorkbook(file, sheet);
    if (this.file !== file) return null;
    if (opened.type === 'problem')
      return { file: file.name, messages: [opened.problem], detail: null };
    this.workbook = { sheets: opened.sheets, sheet: opened.sheet, rows: opened.rows };
    return opened.csv;
  }

  async choose(file: File, encoding?: ChosenEncoding, sheet?: string) {
    // A load still running is cancelled and forgotten: its outcome no longer matters.
    this.cancel();
    this.controller = null;
    this.file = file;
    this.sniffed = null;
    this.choices = null;
    this.stage = 'sniffing';
    this.report = null;
    this.error = null;
    this.workbook = null;
    this.source = null;
    try {
      let source: Blob = file;
      if (await isWorkbook(file)) {
        const opened = await this.openSheet(file, sheet);
        if (opened === null) return;
        if (!(opened instanceof Blob)) return this.fail(opened);
        source = opened;
      }
      if (this.file !== file) return;
      this.source = source;
      const result = await sniffFile(source, source === file ? encoding : 'utf-8');
      if (this.file !== file) return;
      if ('problem' in result)
        return this.fail({ file: file.name, messages: [result.problem], detail: null });
      this.sniffed = result;
      this.choices = defaultChoices(result);
      this.stage = 'mapping';
    } catch (error) {
      this.fail(failureOf(file.name, error));
    }
  }

  /** Loads with the current choices. Resolves to the loaded upload, or null when it did not load. */
  async confirm(db: Db): Promise<LoadedUpload | null> {
    const { file, sniffed, choices, source } = this;
    if (!file || !sniffed || !choices || !source) return null;
    const { plan, problems } = buildPlan(sniffed.headers, choices);
    if (problems.length > 0)
      return (this.fail({ file: file.name, messages: problems, detail: null }), null);
    const controller = new AbortController();
    this.controller = controller;
    this.stage = 'loading';
    this.bytesRead = 0;
    uploads += 1;
    const pivoted = sniffed.layout === 'fsa-wide';
    /** A newer file or load has taken over: this one's outcome is no longer the reader's. */
    const superseded = () => this.controller !== controller;
    let guard: MemoryGuard | undefined;
    try {
      const table = await tableNameFor(db, file.name);
      const { encoding, delimiter } = sniffed;
      const loaded = { name: file.name, bytes: file.size, table, encoding, delimiter };
      const watching = new MemoryGuard(loaded, await memoryLimitOf(db));
      guard = watching;
      const batches = pivoted
        ? pivotedBatches(sniffed)
        : watching.watch(
            readRecordBatches(source, {
              encoding,
              delimiter,
              ...recordFilterOf(sniffed),
              signal: controller.signal,
              onProgress: (bytes) => (this.bytesRead = watching.bytesRead = bytes),
            }),
          );
      const report = await loadUpload(db, {
        id: `${Date.now().toString(36)}_${uploads}`,
        file: file.name,
        encoding: sniffed.encoding,
        table,
        target: choices.target,
        mode: choices.mode,
        plan,
        headers: sniffed.headers,
        delimiter: pivoted ? ',' : sniffed.delimiter,
        batches,
        notes: [...(sniffed.notes ?? []), ...(pivoted ? [PIVOT_NOTE] : [])],
        signal: controller.signal,
        onPhase: (phase) => (this.phase = phase),
      });
      if (superseded()) return null;
      this.report = report;
      this.stage = 'done';
      const columns = await db.query<{ name: string; type: string }>(
        `SELECT column_name AS name, data_type AS type FROM duckdb_columns()
         WHERE table_name = '${table.replaceAll("'", "''")}' ORDER BY column_index`,
      );
      return { report, columns };
    } catch (error) {
      if (superseded()) return null;
      if (controller.signal.aborted) return (this.fail(null), null);
      if (error instanceof NothingLoaded) this.report = error.report;
      return (this.fail(failureOf(file.name, error, guard)), null);
    } finally {
      if (!superseded()) this.controller = null;
    }
  }

  cancel() {
    this.controller?.abort();
  }

  private fail(failure: UploadFailure | null) {
    this.error = failure;
    this.stage = failure === null ? 'mapping' : 'failed';
  }
}
