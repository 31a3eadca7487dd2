import { LineRecords, type RecordBatch } from './line-records';
import { MAX_RECORD_BYTES } from './stage-raw';
import type { Sniffed } from './types';
import type { UploadMessage } from './upload-message';

const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

export const PIVOT_NOTE: UploadMessage = { code: 'fsa-pivoted' };

/** The FSA's wide table, turned into one row per month by the sniffer: small, so no worker. */
export async function* pivotedBatches(sniffed: Sniffed): AsyncGenerator<RecordBatch> {
  const lines = [sniffed.headers, ...sniffed.preview].map((row) => row.map(quoted).join(','));
  const records = new LineRecords(','.charCodeAt(0), 1, MAX_RECORD_BYTES);
  yield records.push(new TextEncoder().encode(lines.join('\n') + '\n'));
  yield records.finish();
}
