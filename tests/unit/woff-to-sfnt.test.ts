import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontSubsets, subsetsFor } from '../../scripts/share-card/font-subsets';
import { mergeFonts } from '../../scripts/share-card/merge-fonts';
import { parseFont } from '../../scripts/share-card/sfnt-tables';
import { readWoffTables, tableChecksum, woffToSfnt } from '../../scripts/share-card/woff-to-sfnt';
import { decodePng, inkCount, inkMask } from '../support/png-pixels';

const subsetWith = (character: string, weight = 400) => {
  const [subset] = subsetsFor([character], weight);
  if (!subset) throw new Error(`no subset has ${character}`);
  return subset;
};

/** The table records of an OpenType file. */
function tableDirectory(sfnt: Uint8Array) {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, index) => {
    const at = 12 + index * 16;
    return {
      tag: String.fromCharCode(...sfnt.subarray(at, at + 4)),
      checksum: view.getUint32(at + 4),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
}

/** Ink drawn for `text` at 80px with only the given font file. */
function inkWith(fontFile: string, text: string, weight = 400): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect width="400" height="120" fill="#fff"/><text x="10" y="90" font-family="Noto Sans JP" font-weight="${weight}" font-size="80">${text}</text></svg>`;
  const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [fontFile] } })
    .render()
    .asPng();
  return inkMask(decodePng(new Uint8Array(png)), { x: 0, y: 0, width: 400, height: 120 });
}

const tmp = () => mkdtempSync(join(tmpdir(), 'woff-'));

describe('WOFF to OpenType', () => {
  it('keeps every table of a real subset, with a valid directory and checksums', () => {
    const woff = readFileSync(subsetWith('不').woff);
    const { tables } = readWoffTables(woff);
    const sfnt = woffToSfnt(woff);
    const directory = tableDirectory(sfnt);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    expect(directory.map((entry) => entry.tag)).toEqual(tables.map((table) => table.tag).sort());
    for (const entry of directory) {
      const table = tables.find((candidate) => candidate.tag === entry.tag);
      expect(entry.length).toBe(table?.data.byteLength);
      expect(entry.offset % 4).toBe(0);
      expect(entry.offset + entry.length).toBeLessThanOrEqual(sfnt.byteLength);
      const data = sfnt.slice(entry.offset, entry.offset + entry.length);
      // head's checksum is taken with its checkSumAdjustment field as zero.
      if (entry.tag === 'head') data.fill(0, 8, 12);
      expect(tableChecksum(data), entry.tag).toBe(entry.checksum);
    }
  });

  it('gives resvg a font it draws with, and nothing without it', () => {
    const file = join(tmp(), 'subset.ttf');
    writeFileSync(file, woffToSfnt(readFileSync(subsetWith('不').woff)));
    expect(inkCount(inkWith(file, '不'))).toBeGreaterThan(500);
    const empty = join(tmp(), 'latin.ttf');
    writeFileSync(empty, woffToSfnt(readFileSync(subsetWith('A').woff)));
    expect(inkCount(inkWith(empty, '不'))).toBe(inkCount(inkWith(empty, '\u{E000}')));
  });

  it('finds the subsets from the package CSS, and merges them into one font that draws them all', () => {
    expect(fontSubsets(700).length).toBeGreaterThan(100);
    const text = '不正A億';
    const subsets = subsetsFor(text, 700);
    expect(subsets.length).toBeGreaterThan(1);
    const merged = mergeFonts(
      subsets.map((s) => parseFont(readWoffTables(readFileSync(s.woff)).tables)),
    );
    const file = join(tmp(), 'merged.ttf');
    writeFileSync(file, merged);
    for (const character of text) {
      const alone = subsetWith(character, 700);
      const single = join(tmp(), 'single.ttf');
      writeFileSync(single, woffToSfnt(readFileSync(alone.woff)));
      // Each character as the merged font draws it is what its own subset draws.
      expect(inkWith(file, character, 700), character).toBe(inkWith(single, character, 700));
      expect(inkCount(inkWith(file, character, 700))).toBeGreaterThan(200);
    }
  });
});
