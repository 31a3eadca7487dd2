import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { dataTerm } from '$lib/i18n/data-terms';
import { setLanguage } from '$lib/i18n/language.svelte';

afterEach(() => setLanguage('en'));

const stocks = Papa.parse<Record<string, string>>(readFileSync('data/stocks.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('the data’s own vocabulary in Japanese', () => {
  it('has Japanese for every stock role and volume baseline in use', () => {
    setLanguage('ja');
    const terms = [
      ...stocks.map((row) => row.role ?? ''),
      ...stocks.map((row) => row.baseline_kind ?? ''),
    ].filter((term) => term !== '');
    const untranslated = terms.filter((term) => dataTerm(term) === term);
    expect(untranslated).toEqual([]);
  });

  it('leaves English as it is, and unknown text as written', () => {
    expect(dataTerm('suspected pump target')).toBe('suspected pump target');
    setLanguage('ja');
    expect(dataTerm('a policy nobody listed')).toBe('a policy nobody listed');
  });
});
