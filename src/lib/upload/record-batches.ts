import { LineRecords, type RecordBatch, type RecordFilter } from './line-records';
import { MAX_RECORD_BYTES } from './stage-raw';
import { decoderLabel } from './sniff/decode';
import type { TextEncodingName } from './types';

const BYTE_ORDER_MARK = 3;

export interface SplitOptions {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly headerLines: number;
  readonly filter?: RecordFilter;
}

/**
 * Turns a chunk of the file into UTF-8: other encodings are decoded (a character split between
 * chunks waits for the next) and re-encoded, UTF-8 passes. The decoder drops a UTF-16 byte-order
 * mark itself.
 */
function utf8Converter(encoding: TextEncodingName) {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return (bytes: Uint8Array) => bytes;
  const decoder = new TextDecoder(decoderLabel(encoding));
  const encoder = new TextEncoder();
  return (bytes: Uint8Array, last = false) =>
    encoder.encode(decoder.decode(bytes, { stream: !last }));
}

/**
 * A file's bytes, chunk by chunk, as batches of line-numbered UTF-8 records for DuckDB, each with
 * how far into the file it reaches. The same code runs in the upload worker and in the tests.
 */
export async function* recordBatches(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: SplitOptions,
): AsyncGenerator<{ batch: RecordBatch; bytesRead: number }> {
  const toUtf8 = utf8Converter(options.encoding);
  const records = new LineRecords(
    options.delimiter.charCodeAt(0),
    options.headerLines,
    MAX_RECORD_BYTES,
    options.filter,
  );
  let skip = options.encoding === 'utf-8-bom' ? BYTE_ORDER_MARK : 0;
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead += chunk.length;
    const bytes = chunk.subarray(Math.min(skip, chunk.length));
    skip -= chunk.length - bytes.length;
    yield { batch: records.push(toUtf8(bytes)), bytesRead };
  }
  yield { batch: records.push(toUtf8(new Uint8Array(0), true)), bytesRead };
  yield { batch: records.finish(), bytesRead };
}
