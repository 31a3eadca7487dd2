import { errorMessage } from '$lib/error-message';
import { engineErrorText } from '$lib/i18n/engine-error';
import type { MessageOf } from './upload-message';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;

/** DuckDB could not read a batch of records at all; where it was, as far as it can be told. */
export class EngineReadFailed extends Error {
  constructor(readonly problem: MessageOf<'engine-read-failed'>) {
    super(problem.detail);
    this.name = 'EngineReadFailed';
  }
}

/**
 * The record DuckDB's CSV reader stops at without saying where ("The CSV Parser state machine
 * reached an invalid state"): a carriage return outside quotes that no line feed follows, which
 * it takes for the end of a line in the middle of a record. Each record starts with the line the
 * splitter wrote in front of it; the column counts the file's cells from 1.
 */
export function locateBareCarriageReturn(
  records: Uint8Array,
  delimiter: number,
): { line: number; column: number } | null {
  let recordStart = 0;
  let cell = 0;
  let quoted = false;
  for (let index = 0; index < records.length; index += 1) {
    const byte = records[index];
    if (byte === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (byte === delimiter) cell += 1;
    else if (byte === NEWLINE) {
      recordStart = index + 1;
      cell = 0;
    } else if (byte === CARRIAGE_RETURN && records[index + 1] !== NEWLINE) {
      const prefix = new TextDecoder().decode(records.subarray(recordStart, recordStart + 20));
      const line = Number(/^\d+/.exec(prefix)?.[0] ?? Number.NaN);
      return Number.isFinite(line) ? { line, column: Math.max(1, cell) } : null;
    }
  }
  return null;
}

/** What failed and where, in the reader's words, with DuckDB's own after them. */
export function engineReadFailed(records: Uint8Array, delimiter: string, error: unknown) {
  const where = locateBareCarriageReturn(records, delimiter.charCodeAt(0));
  return new EngineReadFailed({
    code: 'engine-read-failed',
    line: where?.line ?? null,
    column: where?.column ?? null,
    detail: engineErrorText(errorMessage(error)),
  });
}
