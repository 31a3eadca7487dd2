import { WorkbookError } from './workbook-error';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the compressed bytes start. */
  readonly dataOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
/** A workbook has a few dozen parts; thousands are a sign of a hostile archive. */
const MAX_ENTRIES = 10_000;
const ENCRYPTED_FLAG = 1;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;

const damaged = (part = '(zip directory)') => new WorkbookError({ code: 'workbook-damaged', part });

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = view.byteLength - END_RECORD_BYTES; at >= lowest; at -= 1)
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  throw damaged();
}

function dataOffsetOf(view: DataView, headerOffset: number, name: string): number {
  if (headerOffset + 30 > view.byteLength || view.getUint32(headerOffset, true) !== LOCAL_SIGNATURE)
    throw damaged(name);
  const nameLength = view.getUint16(headerOffset + 26, true);
  const extraLength = view.getUint16(headerOffset + 28, true);
  return headerOffset + 30 + nameLength + extraLength;
}

/**
 * The archive's entries from its central directory, read before anything is inflated so that
 * the declared sizes can be checked first. ZIP64 and encrypted entries are refused: a workbook
 * under the size limit needs neither.
 */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < END_RECORD_BYTES) throw damaged();
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === SATURATED_16 || directorySize === SATURATED_32 || directoryOffset === SATURATED_32)
    throw new WorkbookError({ code: 'workbook-unsupported-zip', part: '(ZIP64)' });
  if (count > MAX_ENTRIES || directoryOffset + directorySize > end) throw damaged();
  const names = new TextDecoder('utf-8', { fatal: false });
  const entries = new Map<string, ZipEntry>();
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== ENTRY_SIGNATURE) throw damaged();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const headerOffset = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === SATURATED_32 || uncompressedSize === SATURATED_32)
      throw new WorkbookError({ code: 'workbook-unsupported-zip', part: name });
    if ((flags & ENCRYPTED_FLAG) !== 0 || (method !== 0 && method !== 8))
      entries.set(name, { name, method: -1, compressedSize, uncompressedSize, dataOffset: 0 });
    else {
      const dataOffset = dataOffsetOf(view, headerOffset, name);
      if (dataOffset + compressedSize > bytes.byteLength) throw damaged(name);
      entries.set(name, { name, method, compressedSize, uncompressedSize, dataOffset });
    }
  }
  return entries;
}
