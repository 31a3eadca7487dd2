import type { RecordBatch, RecordFilter } from './line-records';
import type { ChosenEncoding } from './sniff/decode';
import type { Sniffed, TextEncodingName } from './types';
import type { UploadMessage } from './upload-message';

/** What the page asks the upload worker to do. */
export type ReaderRequest =
  | { readonly type: 'sniff'; readonly file: Blob; readonly encoding?: ChosenEncoding }
  | {
      readonly type: 'read';
      readonly file: Blob;
      readonly encoding: TextEncodingName;
      readonly delimiter: string;
      readonly headerLines: number;
      readonly filter?: RecordFilter;
    }
  /** Sent after each batch is stored, so the worker never runs ahead of DuckDB. */
  | { readonly type: 'next' };

/** What the upload worker answers. */
export type ReaderAnswer =
  | { readonly type: 'sniffed'; readonly result: Sniffed | { readonly problem: UploadMessage } }
  | { readonly type: 'batch'; readonly batch: RecordBatch; readonly bytesRead: number }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };
