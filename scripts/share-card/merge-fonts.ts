import { type ParsedFont, viewOf } from './sfnt-tables.ts';
import { tableChecksum, writeSfnt, type WoffTable } from './woff-to-sfnt.ts';

const TRUETYPE = 0x00010000;
const MORE_COMPONENTS = 0x20;

/** A composite glyph whose component glyph indices are moved by `base`. */
function rebasedGlyph(glyph: Uint8Array, base: number): Uint8Array {
  if (glyph.byteLength === 0 || viewOf(glyph).getInt16(0) >= 0 || base === 0) return glyph;
  const copy = new Uint8Array(glyph);
  const view = viewOf(copy);
  let at = 10;
  let flags: number;
  do {
    flags = view.getUint16(at);
    view.setUint16(at + 2, view.getUint16(at + 2) + base);
    at += 4 + (flags & 0x1 ? 4 : 2);
    if (flags & 0x8) at += 2;
    else if (flags & 0x40) at += 4;
    else if (flags & 0x80) at += 8;
  } while (flags & MORE_COMPONENTS);
  return copy;
}

function cmapTable(map: ReadonlyMap<number, number>): Uint8Array {
  const codes = [...map.keys()].sort((a, b) => a - b);
  const groups: Array<[number, number, number]> = [];
  for (const code of codes) {
    const glyph = map.get(code) ?? 0;
    const last = groups.at(-1);
    if (last && code === last[1] + 1 && glyph === last[2] + code - last[0]) last[1] = code;
    else groups.push([code, code, glyph]);
  }
  const data = new Uint8Array(12 + 16 + groups.length * 12);
  const view = viewOf(data);
  view.setUint16(2, 1);
  view.setUint16(4, 3);
  view.setUint16(6, 10);
  view.setUint32(8, 12);
  view.setUint16(12, 12);
  view.setUint32(16, 16 + groups.length * 12);
  view.setUint32(24, groups.length);
  groups.forEach(([start, end, glyph], index) => {
    view.setUint32(28 + index * 12, start);
    view.setUint32(32 + index * 12, end);
    view.setUint32(36 + index * 12, glyph);
  });
  return data;
}

/**
 * One TrueType font with every glyph of several subsets of the same typeface and weight. resvg
 * takes a missing glyph from the first font that has it whatever its weight, so bold text drawn
 * from separate subset files could borrow regular glyphs; a single font per weight cannot.
 * Layout tables (GSUB, GPOS) are left out: they index each subset's own glyphs.
 */
export function mergeFonts(fonts: readonly ParsedFont[]): Uint8Array {
  const first = fonts[0];
  if (!first) throw new Error('no fonts to merge');
  const glyphs: Uint8Array[] = [];
  const metrics: Array<[number, number]> = [];
  const cmap = new Map<number, number>();
  const maxp = new Uint8Array(first.tables.get('maxp') ?? []);
  for (const font of fonts) {
    const base = glyphs.length;
    glyphs.push(...font.glyphs.map((glyph) => rebasedGlyph(glyph, base)));
    metrics.push(...font.metrics);
    for (const [code, glyph] of font.cmap) if (!cmap.has(code)) cmap.set(code, glyph + base);
    const own = viewOf(font.tables.get('maxp') ?? new Uint8Array(32));
    for (let at = 6; at + 2 <= maxp.byteLength; at += 2) {
      viewOf(maxp).setUint16(at, Math.max(viewOf(maxp).getUint16(at), own.getUint16(at)));
    }
  }
  if (glyphs.length > 0xffff) throw new Error('too many glyphs for one font');
  viewOf(maxp).setUint16(4, glyphs.length);

  const padded = glyphs.map((glyph) => glyph.byteLength + (glyph.byteLength % 2));
  const glyf = new Uint8Array(padded.reduce((total, length) => total + length, 0));
  const loca = new Uint8Array((glyphs.length + 1) * 4);
  let offset = 0;
  glyphs.forEach((glyph, index) => {
    viewOf(loca).setUint32(index * 4, offset);
    glyf.set(glyph, offset);
    offset += padded[index] ?? 0;
  });
  viewOf(loca).setUint32(glyphs.length * 4, offset);

  const hmtx = new Uint8Array(metrics.length * 4);
  metrics.forEach(([advance, bearing], index) => {
    viewOf(hmtx).setUint16(index * 4, advance);
    viewOf(hmtx).setInt16(index * 4 + 2, bearing);
  });
  const hhea = new Uint8Array(first.tables.get('hhea') ?? []);
  viewOf(hhea).setUint16(34, metrics.length);
  viewOf(hhea).setUint16(10, Math.max(...metrics.map(([advance]) => advance)));
  const head = new Uint8Array(first.tables.get('head') ?? []);
  viewOf(head).setUint32(8, 0);
  viewOf(head).setInt16(50, 1);

  const kept = ['OS/2', 'name', 'post'].flatMap((tag) => {
    const data = first.tables.get(tag);
    return data ? [[tag, data] as const] : [];
  });
  const tables: WoffTable[] = [
    ...kept,
    ['cmap', cmapTable(cmap)] as const,
    ['glyf', glyf] as const,
    ['head', head] as const,
    ['hhea', hhea] as const,
    ['hmtx', hmtx] as const,
    ['loca', loca] as const,
    ['maxp', maxp] as const,
  ].map(([tag, data]) => ({ tag, data, checksum: tableChecksum(data) }));
  return writeSfnt(TRUETYPE, tables);
}
