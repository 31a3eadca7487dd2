import type { RecordBatch, RecordFilter } from './line-records';
import type { ChosenEncoding } from './sniff/decode';
import type { ReaderAnswer, ReaderRequest } from './reader-messages';
import type { Sniffed, TextEncodingName } from './types';
import type { UploadMessage } from './upload-message';

function startWorker(): Worker {
  return new Worker(new URL('./upload-worker.ts', import.meta.url), { type: 'module' });
}

/** Reads the start of a file in a worker: encoding, delimiter, header, preview, suggestion. */
export function sniffFile(
  file: Blob,
  encoding?: ChosenEncoding,
): Promise<Sniffed | { problem: UploadMessage }> {
  const worker = startWorker();
  return new Promise<Sniffed | { problem: UploadMessage }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReaderAnswer>) => {
      const answer = event.data;
      if (answer.type === 'sniffed') resolve(answer.result);
      else if (answer.type === 'failed') reject(new Error(answer.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the upload worker failed'));
    worker.postMessage({ type: 'sniff', file, encoding } satisfies ReaderRequest);
  }).finally(() => worker.terminate());
}

export interface ReadOptions {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly headerLines: number;
  readonly filter?: RecordFilter;
  readonly signal: AbortSignal;
  readonly onProgress: (bytesRead: number) => void;
}

/**
 * The file as batches of line-numbered records, split in a worker off the page's thread. The
 * worker reads the next chunk only once the previous batch has been taken, and stops when the
 * signal aborts.
 */
export async function* readRecordBatches(
  file: Blob,
  options: ReadOptions,
): AsyncGenerator<RecordBatch> {
  const worker = startWorker();
  const answers: ReaderAnswer[] = [];
  let wake: (() => void) | null = null;
  const deliver = (answer: ReaderAnswer) => {
    answers.push(answer);
    wake?.();
  };
  worker.onmessage = (event: MessageEvent<ReaderAnswer>) => deliver(event.data);
  worker.onerror = (event) =>
    deliver({ type: 'failed', message: event.message || 'the upload worker failed' });
  const abort = () => deliver({ type: 'failed', message: 'cancelled' });
  options.signal.addEventListener('abort', abort);
  worker.postMessage({
    type: 'read',
    file,
    encoding: options.encoding,
    delimiter: options.delimiter,
    headerLines: options.headerLines,
    filter: options.filter,
  } satisfies ReaderRequest);
  try {
    for (;;) {
      if (answers.length === 0)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      const answer = answers.shift();
      if (!answer) continue;
      options.signal.throwIfAborted();
      if (answer.type === 'failed') throw new Error(answer.message);
      if (answer.type === 'done') return;
      if (answer.type !== 'batch') continue;
      options.onProgress(answer.bytesRead);
      // The worker splits the next chunk while DuckDB stores this one: one batch ahead, no more.
      worker.postMessage({ type: 'next' } satisfies ReaderRequest);
      yield answer.batch;
    }
  } finally {
    options.signal.removeEventListener('abort', abort);
    worker.terminate();
  }
}
