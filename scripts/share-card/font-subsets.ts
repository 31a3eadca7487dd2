import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One unicode-range subset of Noto Sans JP as @fontsource ships it. */
export interface FontSubset {
  weight: number;
  /** The subset's WOFF 1.0 file. */
  woff: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

export const FONT_FAMILY = 'Noto Sans JP';
const PACKAGE_DIR = dirname(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'),
);

function parseRange(range: string): [number, number] {
  const [start = '0', end = start] = range.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(start, 16), parseInt(end, 16)];
}

const cache = new Map<number, FontSubset[]>();

/** Every subset of a weight, from the package's own CSS (its @font-face rules and their ranges). */
export function fontSubsets(weight: number): FontSubset[] {
  const known = cache.get(weight);
  if (known) return known;
  const css = readFileSync(join(PACKAGE_DIR, `${weight}.css`), 'utf8');
  const subsets = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, rule = '']) => {
    const file = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(rule)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file || !ranges) return [];
    return [
      { weight, woff: join(PACKAGE_DIR, 'files', file), ranges: ranges.split(',').map(parseRange) },
    ];
  });
  cache.set(weight, subsets);
  return subsets;
}

const covers = (subset: FontSubset, code: number) =>
  subset.ranges.some(([start, end]) => code >= start && code <= end);

/** The subsets of a weight needed to draw `characters`: the first one covering each. */
export function subsetsFor(characters: Iterable<string>, weight: number): FontSubset[] {
  const all = fontSubsets(weight);
  const needed = new Set<FontSubset>();
  for (const character of characters) {
    const code = character.codePointAt(0) ?? 0;
    const subset = all.find((candidate) => covers(candidate, code));
    if (subset) needed.add(subset);
  }
  return [...needed];
}
