import { afterEach, describe, expect, it } from 'vitest';
import { dateLabel, monthLabel, periodLabel, releaseLabel, shortMonth } from '$lib/format/dates';
import { formatMetricValue } from '$lib/format/metric-value';
import { formatCount, formatOku, formatYenBillions } from '$lib/format/numbers';
import { currentLanguage, setLanguage } from '$lib/i18n/language.svelte';

afterEach(() => setLanguage('en'));

describe('Japanese formats', () => {
  it('writes counts with 万 and 億', () => {
    setLanguage('ja');
    expect(formatCount(2987)).toBe('2,987');
    expect(formatCount(17559)).toBe('1万7559');
    expect(formatCount(10000)).toBe('1万');
    expect(formatCount(1_000_000)).toBe('100万');
    expect(formatCount(123_456_789)).toBe('1億2345万6789');
    expect(formatCount(-17559)).toBe('−1万7559');
  });

  it('keeps fractions (axis ticks) as decimals, not rounded', () => {
    setLanguage('ja');
    expect([0, 0.5, 1, 1.5, 2.5].map(formatCount)).toEqual(['0', '0.5', '1', '1.5', '2.5']);
  });

  it('writes amounts in 億円 as the FSA does, never as ¥ billions', () => {
    setLanguage('ja');
    expect(formatYenBillions(7393)).toBe('7,393億円');
    expect(formatOku(0.3)).toBe('0.3億円');
    expect(formatOku(12000)).toBe('1兆2,000億円');
    expect(formatOku(9999.996)).toBe('1兆円');
    expect(formatOku(19999.999)).toBe('2兆円');
    expect(formatOku(-0.001)).toBe('0億円');
    expect(formatOku(-3.5)).toBe('−3.5億円');
    expect(formatMetricValue('sell_oku_yen', 1561)).toBe('1,561億円');
    expect(formatMetricValue('fraudulent_trades', 2987)).toBe('2,987');
  });

  it('writes months, dates and periods the Japanese way', () => {
    setLanguage('ja');
    expect(shortMonth('2025-04')).toBe('4月');
    expect(monthLabel('2025-04')).toBe('2025年4月');
    expect(dateLabel('2025-04-18')).toBe('2025年4月18日');
    expect(releaseLabel('2025-12')).toBe('2025年12月');
    expect(releaseLabel('june-table')).toBe('june-table');
    expect(periodLabel('2025-04-01', '2025-04-16')).toBe('2025年4月1日〜16日');
  });

  it('goes back to English', () => {
    setLanguage('ja');
    setLanguage('en');
    expect(currentLanguage()).toBe('en');
    expect(formatYenBillions(7393)).toBe('¥739.3bn');
    expect(monthLabel('2025-04')).toBe('Apr 2025');
  });
});
