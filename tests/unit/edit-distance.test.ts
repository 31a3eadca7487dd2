import { describe, expect, it } from 'vitest';
import { editDistance, nearestName, typosAllowed } from '$lib/sql/edit-distance';
import { errorWords } from '$lib/i18n/en-errors';
import { jaErrorWords } from '$lib/i18n/ja-errors';

describe('the name a mistyped one meant', () => {
  const tables = ['brokers', 'events', 'fsa_monthly', 'fsa_monthly_latest', 'stocks'];

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('brokerz', 'brokers')).toBe(1);
    expect(editDistance('fsa_montly', 'fsa_monthly')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('stocks', 'stocks')).toBe(0);
  });

  it('gives the closest name within reach, whatever the letter case, or none', () => {
    expect(nearestName('brokerz', tables, 2)).toBe('brokers');
    expect(nearestName('FSA_MONTLY', tables, 3)).toBe('fsa_monthly');
    expect(nearestName('incidents', tables, 3)).toBeNull();
    expect(nearestName('stock', [], 2)).toBeNull();
  });

  it('allows a third of a name mistyped, and one letter of a short one', () => {
    expect(typosAllowed('fsa_montly_latest')).toBe(5);
    expect(typosAllowed('brokerz')).toBe(2);
    expect(typosAllowed('ev')).toBe(1);
    expect(nearestName('fsa_mnthly', ['fsa_monthly', 'stocks'], typosAllowed('fsa_mnthly'))).toBe(
      'fsa_monthly',
    );
    expect(nearestName('xyz', ['fsa_monthly', 'stocks'], typosAllowed('xyz'))).toBeNull();
  });

  it('says it in both languages, and says nothing of it when none is close', () => {
    const missing = { code: 'missing-table', name: 'brokerz', at: null } as const;
    expect(errorWords.explain['missing-table']({ ...missing, meant: 'brokers' })).toBe(
      'There is no table or view called brokerz: did you mean brokers? The schema browser lists them.',
    );
    expect(errorWords.explain['missing-table']({ ...missing, meant: null })).toBe(
      'There is no table or view called brokerz; the schema browser lists them.',
    );
    expect(jaErrorWords.explain['missing-table']({ ...missing, meant: 'brokers' })).toBe(
      'brokerzという名前のテーブルやビューはありません。brokersのことでしょうか。一覧は「テーブルと列」にあります。',
    );
  });
});
