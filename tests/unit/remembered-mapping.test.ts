import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UploadChoices } from '$lib/upload/build-plan';
import {
  headerKey,
  mappingFor,
  normaliseHeaders,
  parseRemembered,
  withMapping,
} from '$lib/upload/remembered-mapping';

const choices: UploadChoices = {
  target: 'fsa_monthly',
  mode: 'beside',
  columns: [
    { source: 0, target: 'month', unit: null },
    { source: 1, target: 'sell_oku_yen', unit: 'man_yen' },
  ],
  constants: { release_id: '2025-06-05' },
  freeKinds: { 2: 'number' },
  wholeMonths: true,
};

describe('the key of a header list', () => {
  it('is the same for headers written with other widths, cases and spaces', () => {
    const key = headerKey(['発生時期', '売却金額', 'Note']);
    expect(headerKey([' 発生時期', '売却金額 ', 'NOTE'])).toBe(key);
    expect(headerKey(['発生時期', '売却金額', 'Ｎｏｔｅ'])).toBe(key);
    expect(headerKey(['発生時期', '売却  金額', 'Note'])).not.toBe(key);
  });

  it('differs with the order, the number and the split of the headers', () => {
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['b', 'a']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['a', 'b', '']));
    expect(headerKey(['a,b'])).not.toBe(headerKey(['a', 'b']));
    expect(headerKey(['ab', 'c'])).not.toBe(headerKey(['a', 'bc']));
  });

  it('tells apart distinct header lists (no collision among many)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 6 }), {
          minLength: 2,
          maxLength: 40,
          selector: (headers) => normaliseHeaders(headers).join('\u001f'),
        }),
        (lists) => new Set(lists.map(headerKey)).size === lists.length,
      ),
    );
  });
});

describe('remembered mappings', () => {
  const headers = ['発生時期', '売却金額', 'メモ'];
  const remembered = withMapping([], 'june.csv', headers, choices, '2026-12-02', 20);

  it('offers the mapping for a file with the same headers only', () => {
    expect(mappingFor(remembered, ['発生時期 ', '売却金額', 'メモ'])).toMatchObject({
      file: 'june.csv',
      confirmed: '2026-12-02',
      choices,
    });
    expect(mappingFor(remembered, ['発生時期', '売却金額'])).toBeNull();
  });

  it('never offers a mapping whose kept headers differ, even under the same key', () => {
    const [only] = remembered;
    if (!only) throw new Error('nothing remembered');
    expect(mappingFor([{ ...only, headers: ['x', 'y', 'z'] }], headers)).toBeNull();
  });

  it('keeps one per header list, newest first, and at most the limit', () => {
    const again = withMapping(remembered, 'july.csv', headers, choices, '2026-12-03', 20);
    expect(again.map((mapping) => mapping.file)).toEqual(['july.csv']);
    let many = again;
    for (let index = 0; index < 5; index += 1)
      many = withMapping(many, `f${index}.csv`, [`h${index}`, 'a'], choices, '2026-12-03', 3);
    expect(many.map((mapping) => mapping.file)).toEqual(['f4.csv', 'f3.csv', 'f2.csv']);
  });

  it('reads back what it wrote, and leaves out whatever storage holds that is malformed', () => {
    expect(parseRemembered(JSON.stringify(remembered))).toEqual(remembered);
    const [good] = remembered;
    const bad = [
      { ...good, key: 'other' },
      { ...good, confirmed: '<b>today</b>' },
      { ...good, choices: { ...choices, target: 'secrets' } },
      { ...good, choices: { ...choices, columns: [{ source: 9, target: 'x', unit: null }] } },
      { ...good, choices: { ...choices, freeKinds: { 0: 'script' } } },
      { ...good, file: 42 },
      null,
      'text',
    ];
    expect(parseRemembered(JSON.stringify([...bad, good]))).toEqual([good]);
    expect(parseRemembered('{not json')).toEqual([]);
    expect(parseRemembered('{"a":1}')).toEqual([]);
    expect(parseRemembered(null)).toEqual([]);
  });
});
