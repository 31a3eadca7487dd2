import { Inflate } from 'fflate';
import { WorkbookError } from './workbook-error';
import type { ZipEntry } from './zip-directory';

/** Compressed bytes handed to the inflater at a time: at most ~1,000× this comes out of one. */
const PUSH_BYTES = 32 << 10;

/** What may still be unpacked from the archive, shared by all the parts read from it. */
export interface UnpackBudget {
  readonly limit: number;
  used: number;
}

/**
 * One entry's bytes, inflated in small steps that stop as soon as the entry passes the size
 * its directory declared or the archive passes the budget: a zip bomb is never inflated whole.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: UnpackBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  if (entry.method < 0)
    throw new WorkbookError({ code: 'workbook-unsupported-zip', part: entry.name });
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize)
      throw new WorkbookError({ code: 'workbook-size-lies', part: entry.name });
    take(entry.uncompressedSize, entry, budget, 0);
    return onChunk(compressed);
  }
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced = take(chunk.length, entry, budget, produced);
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < compressed.length; at += PUSH_BYTES)
      inflater.push(compressed.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= compressed.length);
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    // fflate throws plain errors for broken deflate data; ours say what the file did.
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError({ code: 'workbook-damaged', part: entry.name });
  }
  if (produced !== entry.uncompressedSize)
    throw new WorkbookError({ code: 'workbook-size-lies', part: entry.name });
}

function take(length: number, entry: ZipEntry, budget: UnpackBudget, produced: number) {
  const total = produced + length;
  if (total > entry.uncompressedSize)
    throw new WorkbookError({ code: 'workbook-size-lies', part: entry.name });
  budget.used += length;
  if (budget.used > budget.limit)
    throw new WorkbookError({ code: 'workbook-unpacks-too-large', limit: budget.limit });
  return total;
}
