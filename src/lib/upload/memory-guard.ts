import type { Db } from '$lib/db/db';
import type { RecordBatch } from './line-records';
import { duckdbCommand, estimateFit, parseMemoryLimit } from './memory-estimate';
import type { MessageOf } from './upload-message';

/** DuckDB-wasm's own default, for an engine that does not say. */
const DEFAULT_LIMIT = 3.1 * 2 ** 30;

/** The file would not fit in DuckDB's memory in the browser; nothing of it was stored. */
export class TooLarge extends Error {
  constructor(readonly problem: MessageOf<'file-too-large'>) {
    super('the file is larger than the browser can hold');
    this.name = 'TooLarge';
  }
}

export async function memoryLimitOf(db: Db): Promise<number> {
  const [row] = await db.query<{ setting: string }>(
    `SELECT current_setting('memory_limit') AS setting`,
  );
  return parseMemoryLimit(row?.setting ?? '') ?? DEFAULT_LIMIT;
}

/** What is being loaded, for the estimate and for the command that loads it on a computer. */
export interface LoadedFile {
  readonly name: string;
  readonly bytes: number;
  readonly table: string;
  readonly encoding: string;
  readonly delimiter: string;
}

/** Watches a load: rows and bytes read so far, against DuckDB's memory limit. */
export class MemoryGuard {
  rows = 0;
  bytesRead = 0;
  constructor(
    private readonly file: LoadedFile,
    private readonly limitBytes: number,
  ) {}

  /** The reader's message: the limit, how much of the file would fit, what to do. */
  tooLarge(share?: number): MessageOf<'file-too-large'> {
    const estimate = estimateFit(this.file.bytes, this.bytesRead, this.rows, this.limitBytes);
    const { name, table, encoding, delimiter } = this.file;
    const fitsShare = share ?? estimate.fitsShare;
    return {
      code: 'file-too-large',
      fileBytes: this.file.bytes,
      limitBytes: this.limitBytes,
      fitsShare,
      fitsRows: share === undefined ? estimate.fitsRows : this.rows,
      command: duckdbCommand(name, table, encoding, delimiter),
    };
  }

  /**
   * Passes the batches on while the file, projected from what was read so far, fits; stops
   * before storing the batch that shows it will not.
   */
  async *watch(batches: AsyncIterable<RecordBatch>): AsyncGenerator<RecordBatch> {
    for await (const batch of batches) {
      this.rows += batch.records;
      const estimate = estimateFit(this.file.bytes, this.bytesRead, this.rows, this.limitBytes);
      if (!estimate.fits) throw new TooLarge(this.tooLarge());
      yield batch;
    }
  }

  /** After DuckDB ran out of memory all the same: what was read by then is what fits. */
  ranOut(): MessageOf<'file-too-large'> {
    return this.tooLarge(Math.min(1, this.bytesRead / Math.max(1, this.file.bytes)));
  }
}
