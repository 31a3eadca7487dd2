import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { uploadChartWords } from '$lib/i18n/en-upload-charts';
import { ja } from '$lib/i18n/ja';
import { jaUploadChartWords } from '$lib/i18n/ja-upload-charts';
import { errorWords, type ErrorWords } from '$lib/i18n/en-errors';
import { schemaWords } from '$lib/i18n/en-schema';
import type { RecognisedError } from '$lib/i18n/engine-error';
import { jaErrorWords } from '$lib/i18n/ja-errors';
import { jaSchemaWords } from '$lib/i18n/ja-schema';
import { countOf } from '$lib/i18n/plural';
import { messageText } from '$lib/i18n/upload-messages';
import { TABLES, type TableSpec } from '$lib/schema';
import { incidents } from '$lib/schema/incidents';
import type { UploadMessageCode } from '$lib/upload/upload-message';
import { SAMPLE_MESSAGES } from './upload-message-samples';

/** Values that are the same in both languages: identifiers and names, not words. */
const SAME_IN_BOTH = new Set([
  'SQL',
  'CSV',
  'DuckDB',
  'UTF-8',
  'Shift_JIS',
  'UTF-16 BE',
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
  // Punctuation around the reader's words: Japanese words in, Japanese punctuation between them.
  'chart.pointLabel': [['不正取引件数', '2025年4月', '2,987']],
  'chart.nameList': [[['楽天証券', 'SBI証券']]],
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

describe('the upload’s messages', () => {
  const codes = Object.keys(SAMPLE_MESSAGES) as UploadMessageCode[];

  it.each(codes)('%s reads in English and in Japanese', (code) => {
    const message = SAMPLE_MESSAGES[code];
    const english = messageText(message, 'en');
    const japanese = messageText(message, 'ja');
    expect(english).toMatch(/[a-z]{2}/);
    expect(japanese).toMatch(JAPANESE);
    expect(japanese).not.toBe(english);
    expect(`${english} ${japanese}`).not.toMatch(/undefined|\[object/);
  });

  it('keeps DuckDB’s own words only where asked (a download), in both languages', () => {
    const unreadable = SAMPLE_MESSAGES['line-unreadable'];
    expect(messageText(unreadable, 'ja')).not.toContain('Expected');
    expect(messageText(unreadable, 'ja', true)).toContain('Expected Number of Columns: 4');
  });

  it('words a nested reason in the same language', () => {
    expect(messageText(SAMPLE_MESSAGES['plan-bad-constant'], 'ja')).toBe(
      'source_urlの値「javascript:alert(1)」はhttp://またはhttps://で始まるウェブアドレスでなければなりません',
    );
  });
});

describe('the Japanese schema descriptions', () => {
  it('describe every table and column, and every unit, in Japanese', () => {
    const tables: readonly TableSpec[] = [...TABLES, incidents];
    for (const table of tables) {
      expect(jaSchemaWords.table(table.name), table.name).toMatch(JAPANESE);
      for (const column of table.columns) {
        const where = `${table.name}.${column.name}`;
        expect(jaSchemaWords.column(table.name, column.name), where).toMatch(JAPANESE);
        expect(schemaWords.column(table.name, column.name), where).toBe(column.description);
        if (column.unit) expect(jaSchemaWords.unit(column.unit), where).toMatch(JAPANESE);
      }
    }
  });
});

describe('the words around DuckDB’s errors', () => {
  const recognised: RecognisedError[] = [
    { code: 'syntax', near: 'WHERE', at: { line: 1, column: 33 } },
    { code: 'syntax', near: null, at: null },
    { code: 'missing-table', name: 'x', at: { line: 1, column: null }, meant: null },
    { code: 'missing-table', name: 'brokerz', at: null, meant: 'brokers' },
    { code: 'missing-column', name: 'x', at: null },
    { code: 'missing-function', name: 'x', at: null },
    { code: 'conversion', value: 'abc', type: 'INT32' },
    { code: 'blocked', target: 'https://example.com/x.csv' },
    { code: 'read-only' },
    { code: 'interrupted' },
  ];
  const explain = (words: ErrorWords, error: RecognisedError) =>
    (words.explain[error.code] as (error: RecognisedError) => string)(error);

  it.each(recognised)('explain $code in Japanese', (error) => {
    expect(explain(jaErrorWords, error)).toMatch(JAPANESE);
    expect(explain(errorWords, error)).not.toMatch(JAPANESE);
    expect(explain(jaErrorWords, error)).not.toMatch(/undefined|null/);
  });

  it('refuse SQL that writes in Japanese', () => {
    for (const problem of [
      { code: 'no-statement' },
      { code: 'several-statements' },
      { code: 'writes', keyword: 'DROP' },
      { code: 'unknown', keyword: 'SELEC', meant: 'SELECT' },
      { code: 'unknown', keyword: 'XYZZY', meant: null },
    ] as const) {
      const say = jaErrorWords.readOnly[problem.code] as (problem: unknown) => string;
      expect(say(problem)).toMatch(JAPANESE);
      expect(say(problem)).not.toMatch(/undefined|null/);
    }
    expect(jaErrorWords.engineSaid).toMatch(JAPANESE);
  });
});

describe('counts', () => {
  it('take the plural in English for 0 and 2, the singular for 1', () => {
    expect([0, 1, 2].map((count) => countOf('en', count, 'row', 'rows'))).toEqual([
      '0 rows',
      '1 row',
      '2 rows',
    ]);
    expect([0, 1, 2].map((count) => en.upload.loaded(count, 't'))).toEqual([
      '0 rows loaded into the table t.',
      '1 row loaded into the table t.',
      '2 rows loaded into the table t.',
    ]);
    expect(en.upload.rejectedRows(1)).toBe(
      '1 row was not loaded; it is listed below with the reason.',
    );
    expect(en.sql.summary(1, 3)).toBe('1 row in 3 ms');
  });

  it('take a counter in Japanese, whatever the number', () => {
    expect([0, 1, 2].map((count) => countOf('ja', count, '行'))).toEqual(['0行', '1行', '2行']);
    expect(ja.upload.loaded(1, 't')).toBe('1行をテーブルtに読み込みました。');
  });
});
