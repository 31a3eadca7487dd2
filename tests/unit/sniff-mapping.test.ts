import { describe, expect, it } from 'vitest';
import { unitFromHeader } from '$lib/upload/sniff/amount-unit';
import { normaliseHeader } from '$lib/upload/sniff/header-names';
import { suggestMapping } from '$lib/upload/sniff/mapping';
import type { MappingSuggestion } from '$lib/upload/types';

const targets = (suggestion: MappingSuggestion) =>
  suggestion.columns.map((column) => column.target);

describe('normaliseHeader', () => {
  it('ignores width, case, spaces, underscores and a unit in brackets', () => {
    expect(normaliseHeader('売却金額（円）')).toBe('売却金額');
    expect(normaliseHeader(' Sell_Amount (JPY) ')).toBe('sellamount');
    expect(normaliseHeader('ＵＲＬ')).toBe('url');
  });
});

describe('unitFromHeader', () => {
  it('reads yen, 万円 and 億円 from the header, and nothing where it says none', () => {
    expect(unitFromHeader('売却金額（円）')).toBe('yen');
    expect(unitFromHeader('sell_yen')).toBe('yen');
    expect(unitFromHeader('買付金額(万円)')).toBe('man_yen');
    expect(unitFromHeader('売却金額（億円）')).toBe('oku_yen');
    expect(unitFromHeader('sell_oku_yen')).toBe('oku_yen');
    expect(unitFromHeader('sell (¥100m)')).toBe('oku_yen');
    expect(unitFromHeader('売却金額')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('maps Japanese incident headers, with the unit the header names', () => {
    const headers = [
      '発生日',
      '証券会社',
      '銘柄',
      '銘柄コード',
      '売却金額（円）',
      '買付金額（万円）',
      'メモ2',
    ];
    const suggestion = suggestMapping(headers, [
      ['2025/4/16', '例示証券', '例示電機', '9991', '1', '2', ''],
    ]);
    expect(suggestion.table).toBe('incidents');
    expect(suggestion.score).toBe(1);
    expect(suggestion.columns).toEqual([
      { source: 0, target: 'incident_date', unit: null, why: 'header' },
      { source: 1, target: 'broker', unit: null, why: 'header' },
      { source: 2, target: 'stock', unit: null, why: 'header' },
      { source: 3, target: 'ticker', unit: null, why: 'header' },
      { source: 4, target: 'sell_oku_yen', unit: 'yen', why: 'header' },
      { source: 5, target: 'buy_oku_yen', unit: 'man_yen', why: 'header' },
      { source: 6, target: null, unit: null },
    ]);
  });

  it('never maps two columns to one target', () => {
    const suggestion = suggestMapping(
      ['date', '日付', 'broker'],
      [['2025-04-16', '2025-04-16', 'x']],
    );
    expect(targets(suggestion)).toEqual(['incident_date', null, 'broker']);
  });

  it('prefers a column named exactly like the target over a synonym', () => {
    const suggestion = suggestMapping(
      ['sell', 'sell_oku_yen', 'incident_date'],
      [['1', '2', '2025-04-16']],
    );
    expect(targets(suggestion)).toEqual([null, 'sell_oku_yen', 'incident_date']);
  });

  it('does not take a column of months for incident dates', () => {
    const sample = [
      ['2025-03', 'Example'],
      ['2025-04', 'Sample'],
    ];
    expect(suggestMapping(['日付', '証券会社'], sample).table).toBeNull();
    expect(suggestMapping(['日付', '証券会社'], [['2025-04-16', 'Example']]).table).toBe(
      'incidents',
    );
  });

  it('chooses the table with the most matched columns when several fit', () => {
    const headers = ['date', 'event_en', '出来事', '分類', '出典'];
    const suggestion = suggestMapping(headers, [['2025-04-16', 'x', 'y', 'broker', 'https://a']]);
    expect(suggestion.table).toBe('events');
    expect(targets(suggestion)).toEqual(['date', 'event_en', 'event_ja', 'category', 'source_url']);
  });

  it('gives a free table where the headers fit no table', () => {
    expect(suggestMapping(['region', 'year', 'complaints'], [['Kanto', '2024', '1']])).toEqual({
      table: null,
      score: 0,
      columns: [0, 1, 2].map((source) => ({ source, target: null, unit: null })),
    });
    expect(suggestMapping(['date', 'temperature'], [['2025-04-16', '21']]).table).toBeNull();
  });
});
