import { inflateSync } from 'node:zlib';

/** One table of a WOFF 1.0 file, as its directory describes it. */
export interface WoffTable {
  tag: string;
  checksum: number;
  data: Uint8Array;
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/** The tables of a WOFF 1.0 file, each decompressed (https://www.w3.org/TR/WOFF/#TableDirectory). */
export function readWoffTables(woff: Uint8Array): { flavor: number; tables: WoffTable[] } {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 file');
  }
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: WoffTable[] = [];
  for (let index = 0; index < count; index++) {
    const entry = WOFF_HEADER + index * WOFF_ENTRY;
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 4);
    const compressedLength = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    if (stored.byteLength !== compressedLength) throw new Error(`table ${tag} is cut short`);
    const data = compressedLength < length ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== length) throw new Error(`table ${tag} has the wrong length`);
    tables.push({ tag, checksum: view.getUint32(entry + 16), data });
  }
  return { flavor, tables };
}

const padded = (length: number) => (length + 3) & ~3;

/** An OpenType/TrueType file (what resvg's font database reads) with the tables of a WOFF 1.0 file. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const { flavor, tables } = readWoffTables(woff);
  return writeSfnt(flavor, tables);
}

/** An OpenType/TrueType file of `tables`, in tag order, each 4-byte aligned. */
export function writeSfnt(flavor: number, tables: readonly WoffTable[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const directoryEnd = SFNT_HEADER + sorted.length * SFNT_ENTRY;
  const size = sorted.reduce((total, table) => total + padded(table.data.byteLength), directoryEnd);
  const sfnt = new Uint8Array(size);
  const view = new DataView(sfnt.buffer);
  const power = 2 ** Math.floor(Math.log2(sorted.length));
  view.setUint32(0, flavor);
  view.setUint16(4, sorted.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, sorted.length * 16 - power * 16);
  let offset = directoryEnd;
  sorted.forEach((table, index) => {
    const entry = SFNT_HEADER + index * SFNT_ENTRY;
    for (let i = 0; i < 4; i++) view.setUint8(entry + i, table.tag.charCodeAt(i));
    view.setUint32(entry + 4, table.checksum);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.data.byteLength);
    sfnt.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return sfnt;
}

/** The OpenType checksum of a table: its big-endian 32-bit words summed, zero-padded. */
export function tableChecksum(data: Uint8Array): number {
  const words = new Uint8Array(padded(data.byteLength));
  words.set(data);
  const view = new DataView(words.buffer);
  let sum = 0;
  for (let offset = 0; offset < words.byteLength; offset += 4) {
    sum = (sum + view.getUint32(offset)) >>> 0;
  }
  return sum;
}
