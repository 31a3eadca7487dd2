import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY, subsetsFor } from './font-subsets.ts';
import { mergeFonts } from './merge-fonts.ts';
import { parseFont } from './sfnt-tables.ts';
import { readWoffTables } from './woff-to-sfnt.ts';

/** The weights cards are drawn in; other weights resolve to the nearest of these. */
export const CARD_WEIGHTS = [400, 700] as const;
const FONT_CACHE = fileURLToPath(
  new URL('../../node_modules/.cache/share-card-fonts/', import.meta.url),
);

/**
 * One TrueType file on disk with the subsets of a weight that `characters` need. resvg-js's Node
 * binding (2.6) reads fonts from files only (`fontBuffers` is in its wasm build alone), and never
 * WOFF, so the subsets are converted and merged once per set and kept.
 */
function fontFile(characters: ReadonlySet<string>, weight: number): string | null {
  const subsets = subsetsFor(characters, weight);
  if (subsets.length === 0) return null;
  const key = createHash('sha256')
    .update(subsets.map((subset) => subset.woff).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const path = join(FONT_CACHE, `noto-sans-jp-${weight}-${key}.ttf`);
  if (!existsSync(path)) {
    const fonts = subsets.map((subset) =>
      parseFont(readWoffTables(readFileSync(subset.woff)).tables),
    );
    mkdirSync(FONT_CACHE, { recursive: true });
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, mergeFonts(fonts));
    renameSync(partial, path);
  }
  return path;
}

/** Every character an SVG may draw (its markup is ASCII, so this is a superset of its text). */
function charactersOf(svg: string): Set<string> {
  const decoded = svg.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
    String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : +code),
  );
  return new Set(decoded);
}

/** The font files that draw `svg`'s characters in Noto Sans JP, one per weight. */
export function fontFilesFor(svg: string): string[] {
  const characters = charactersOf(svg);
  return CARD_WEIGHTS.flatMap((weight) => fontFile(characters, weight) ?? []);
}

/** A PNG of a standalone SVG, drawn with Noto Sans JP from npm and never the machine's fonts. */
export async function rasteriseShareCard(svg: string): Promise<Uint8Array> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFilesFor(svg),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
