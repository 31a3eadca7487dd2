import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { rasteriseShareCard } from '../../scripts/share-card/rasterise';
import { decodePng, inkCount, inkMask, type Pixels } from '../support/png-pixels';

const SIZE = 100;
const LEFT = 20;

/** One line of text, each character in a SIZE × SIZE cell (as wide characters are set). */
const lineSvg = (text: string, family = 'Noto Sans JP', weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${LEFT * 2 + SIZE * [...text].length}" height="${SIZE * 1.5}">` +
  `<rect width="100%" height="100%" fill="#ffffff"/>` +
  `<text x="${LEFT}" y="${SIZE * 1.1}" font-family="${family}" font-size="${SIZE}" font-weight="${weight}" fill="#000000">${text}</text></svg>`;

/** Each character's cell, as a mask of its ink. */
function glyphMasks(pixels: Pixels, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    inkMask(pixels, { x: LEFT + index * SIZE, y: 0, width: SIZE, height: pixels.height }),
  );
}

const drawn = async (text: string, weight?: number) =>
  glyphMasks(
    decodePng(await rasteriseShareCard(lineSvg(text, 'Noto Sans JP', weight))),
    [...text].length,
  );

describe('Japanese glyphs in share cards', () => {
  it('draws each character of 不正取引 as its own shape, unlike missing glyphs', async () => {
    const glyphs = await drawn('不正取引');
    for (const glyph of glyphs) expect(inkCount(glyph)).toBeGreaterThan(300);
    expect(new Set(glyphs).size).toBe(4);
    // Private-use characters are in no subset: whatever resvg draws for them (a .notdef box or
    // nothing) is the same for each, and not what it draws for real characters.
    const missing = await drawn('\u{E000}\u{E001}\u{E002}\u{E003}');
    expect(new Set(missing).size).toBe(1);
    for (const glyph of glyphs) expect(missing).not.toContain(glyph);
  });

  it('draws bold Japanese from the bold subsets, heavier than regular', async () => {
    const regular = await drawn('取引', 400);
    const bold = await drawn('取引', 700);
    regular.forEach((glyph, index) => {
      expect(inkCount(bold[index] ?? '')).toBeGreaterThan(inkCount(glyph) * 1.2);
    });
  });

  it('uses no font of the machine: Hebrew, which Noto Sans JP lacks, is not drawn', async () => {
    const hebrew = '\u05e9\u05dc\u05d5\u05dd';
    const ours = glyphMasks(decodePng(await rasteriseShareCard(lineSvg(hebrew, 'DejaVu Sans'))), 4);
    expect(new Set(ours).size).toBe(1);
    // The same SVG with the machine's fonts, where it has one with Hebrew (DejaVu Sans is common):
    // this is what the card would show if system fonts were loaded.
    const system = new Resvg(lineSvg(hebrew, 'DejaVu Sans'), { font: { loadSystemFonts: true } });
    const withSystemFonts = glyphMasks(decodePng(new Uint8Array(system.render().asPng())), 4);
    if (withSystemFonts.some((glyph) => inkCount(glyph) > 0)) {
      expect(new Set(withSystemFonts).size).toBe(4);
    }
  });
});
