import type { WoffTable } from './woff-to-sfnt.ts';

/** The tables of one TrueType font that merging reads, parsed into glyphs and a character map. */
export interface ParsedFont {
  tables: ReadonlyMap<string, Uint8Array>;
  /** Each glyph's outline bytes (empty for a glyph without contours). */
  glyphs: Uint8Array[];
  /** Each glyph's advance width and left side bearing. */
  metrics: Array<[number, number]>;
  /** Code point → glyph index. */
  cmap: Map<number, number>;
}

export const viewOf = (data: Uint8Array) =>
  new DataView(data.buffer, data.byteOffset, data.byteLength);

function table(tables: ReadonlyMap<string, Uint8Array>, tag: string): Uint8Array {
  const data = tables.get(tag);
  if (!data) throw new Error(`the font has no ${tag} table`);
  return data;
}

/** A cmap subtable of format 4 (BMP segments) or 12 (32-bit groups) read into `into`. */
function readCmapSubtable(view: DataView, at: number, into: Map<number, number>): boolean {
  const format = view.getUint16(at);
  if (format === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const entry = at + 16 + g * 12;
      const start = view.getUint32(entry);
      const end = view.getUint32(entry + 4);
      const glyph = view.getUint32(entry + 8);
      for (let code = start; code <= end; code++) into.set(code, glyph + code - start);
    }
    return true;
  }
  if (format !== 4) return false;
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.set(code, glyph);
    }
  }
  return true;
}

function readCmap(data: Uint8Array): Map<number, number> {
  const view = viewOf(data);
  const count = view.getUint16(2);
  const records = Array.from({ length: count }, (_, i) => ({
    platform: view.getUint16(4 + i * 8),
    encoding: view.getUint16(6 + i * 8),
    offset: view.getUint32(8 + i * 8),
  }));
  // The fullest Unicode subtable first: format 12 where there is one.
  records.sort((a, b) => view.getUint16(b.offset) - view.getUint16(a.offset));
  const map = new Map<number, number>();
  for (const record of records) {
    if (record.platform === 0 || (record.platform === 3 && [1, 10].includes(record.encoding))) {
      if (readCmapSubtable(view, record.offset, map)) return map;
    }
  }
  throw new Error('the font has no Unicode cmap');
}

/** Glyphs, metrics and character map of a TrueType (glyf) font. */
export function parseFont(tableList: readonly WoffTable[]): ParsedFont {
  const tables = new Map(tableList.map((entry) => [entry.tag, entry.data]));
  const glyphCount = viewOf(table(tables, 'maxp')).getUint16(4);
  const longOffsets = viewOf(table(tables, 'head')).getInt16(50) === 1;
  const loca = viewOf(table(tables, 'loca'));
  const glyf = table(tables, 'glyf');
  const offsetOf = (index: number) =>
    longOffsets ? loca.getUint32(index * 4) : loca.getUint16(index * 2) * 2;
  const glyphs = Array.from({ length: glyphCount }, (_, index) =>
    glyf.subarray(offsetOf(index), offsetOf(index + 1)),
  );
  const longMetrics = viewOf(table(tables, 'hhea')).getUint16(34);
  const hmtx = viewOf(table(tables, 'hmtx'));
  const metrics = Array.from({ length: glyphCount }, (_, index): [number, number] => {
    const full = Math.min(index, longMetrics - 1);
    const advance = hmtx.getUint16(full * 4);
    const bearing =
      index < longMetrics
        ? hmtx.getInt16(index * 4 + 2)
        : hmtx.getInt16(longMetrics * 4 + (index - longMetrics) * 2);
    return [advance, bearing];
  });
  return { tables, glyphs, metrics, cmap: readCmap(table(tables, 'cmap')) };
}
