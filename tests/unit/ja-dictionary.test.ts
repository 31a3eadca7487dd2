import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { uploadChartWords } from '$lib/i18n/en-upload-charts';
import { ja } from '$lib/i18n/ja';
import { jaUploadChartWords } from '$lib/i18n/ja-upload-charts';

/** Values that are the same in both languages: identifiers and names, not words. */
const SAME_IN_BOTH = new Set([
  'SQL',
  'CSV',
  'DuckDB',
  'UTF-8',
  'Shift_JIS',
  // A file name: the uploaded table's name (upload_pasted_table) is made from it.
  'pasted table.tsv',
  // The site's name.
  'Takeover Watch',
  // Each language's name in itself.
  'English',
  '日本語',
]);

/** Hiragana, katakana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/** Plausible dummy arguments: every parameter a number, then every parameter a string. */
const DUMMY_ARGS: unknown[][] = [Array(8).fill(1), Array(8).fill('x')];

/** Functions with a parameter that takes one of a list of keys: called with each key instead. */
const MARK = { value: '1', month: 'x' };
const PLAUSIBLE_ARGS: Record<string, unknown[][]> = {
  'describe.single': [['x', MARK]],
  'describe.rose': [['x', MARK, MARK]],
  'describe.fell': [['x', MARK, MARK]],
  'describe.roseThenFell': [['x', MARK, MARK, MARK]],
  'describe.ratios': [[['x']]],
  'describe.revisions': [['x', ['x']]],
  'builder.option': [
    ['x', 'number'],
    ['x', 'date'],
    ['x', 'text'],
  ],
  'revisions.history.takeawayRevised': ['up', 'down', 'unchanged'].map((direction) => [
    'x',
    '1',
    'x',
    direction,
    '2',
    'x',
  ]),
};

interface Leaf {
  path: string;
  en: unknown;
  ja: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Walks both dictionaries together, collecting the leaves and every difference in shape. */
function walk(enValue: unknown, jaValue: unknown, path: string, found: Leaf[], wrong: string[]) {
  if (isRecord(enValue)) {
    if (!isRecord(jaValue)) {
      wrong.push(`${path}: not an object`);
      return;
    }
    const enKeys = Object.keys(enValue).sort();
    const jaKeys = Object.keys(jaValue).sort();
    for (const key of enKeys) if (!(key in jaValue)) wrong.push(`${path}.${key}: missing`);
    for (const key of jaKeys) if (!(key in enValue)) wrong.push(`${path}.${key}: not in English`);
    for (const key of enKeys) {
      if (key in jaValue)
        walk(enValue[key], jaValue[key], path ? `${path}.${key}` : key, found, wrong);
    }
    return;
  }
  if (typeof jaValue !== typeof enValue)
    wrong.push(`${path}: ${typeof jaValue}, not ${typeof enValue}`);
  found.push({ path, en: enValue, ja: jaValue });
}

const DICTIONARIES = [
  { name: 'Dictionary', en, ja },
  { name: 'UploadChartWords', en: uploadChartWords, ja: jaUploadChartWords },
];

describe.each(DICTIONARIES)('the Japanese $name', ({ en: english, ja: japanese }) => {
  const leaves: Leaf[] = [];
  const differences: string[] = [];
  walk(english, japanese, '', leaves, differences);

  it('has the same keys and value types, at every level, as the English one', () => {
    expect(differences).toEqual([]);
    expect(leaves.length).toBeGreaterThan(0);
  });

  it('translates every string, except identifiers and names', () => {
    const untranslated = leaves.filter(
      (leaf) => typeof leaf.ja === 'string' && leaf.ja === leaf.en && !SAME_IN_BOTH.has(leaf.ja),
    );
    expect(untranslated.map((leaf) => leaf.path)).toEqual([]);
  });

  it('writes every other string in Japanese', () => {
    const notJapanese = leaves.filter(
      (leaf) =>
        typeof leaf.ja === 'string' && !SAME_IN_BOTH.has(leaf.ja) && !JAPANESE.test(leaf.ja),
    );
    expect(notJapanese.map((leaf) => leaf.path)).toEqual([]);
  });

  it('returns a Japanese sentence from every function', () => {
    const functions = leaves.filter((leaf) => typeof leaf.ja === 'function');
    expect(functions.length).toBeGreaterThan(0);
    for (const leaf of functions) {
      for (const args of PLAUSIBLE_ARGS[leaf.path] ?? DUMMY_ARGS) {
        const result: unknown = (leaf.ja as (...args: unknown[]) => unknown)(...args);
        const call = `${leaf.path}(${args.join(', ')})`;
        expect(typeof result, call).toBe('string');
        expect(result as string, call).toMatch(JAPANESE);
        expect(result as string, call).not.toMatch(/undefined|\[object/);
      }
    }
  });
});

describe('the Japanese revision takeaways', () => {
  it('say which way a figure was revised', () => {
    const revised = ja.revisions.history.takeawayRevised;
    expect(revised('x', '1', null, 'up', '2', 'r')).toContain('上方修正');
    expect(revised('x', '2', null, 'down', '1', 'r')).toContain('下方修正');
    expect(revised('x', '1', null, 'unchanged', '1', 'r')).toContain('のまま');
  });
});
