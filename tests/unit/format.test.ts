import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  isPartialMonth,
  monthLabel,
  periodLabel,
  releaseLabel,
} from '$lib/format/dates';
import {
  formatCount,
  formatOku,
  formatRatio,
  formatYenBillions,
  okuToBillions,
} from '$lib/format/numbers';
import { sourceHost } from '$lib/format/source-host';

describe('number formats', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(2987)).toBe('2,987');
    expect(formatCount(33)).toBe('33');
  });

  it('converts 億円 to ¥ billions exactly', () => {
    expect(okuToBillions(1481)).toBe(148.1);
    expect(okuToBillions(0.3)).toBe(0.03);
    expect(formatYenBillions(7393)).toBe('¥739.3bn');
    expect(formatYenBillions(0.3)).toBe('¥0.03bn');
    expect(formatOku(1481)).toBe('1,481 億円');
  });

  it('writes volume ratios to three significant digits', () => {
    expect(formatRatio(5_800_000 / 194_000)).toBe('×29.9');
    expect(formatRatio(4_462_800 / 15_000)).toBe('×298');
  });
});

describe('date formats', () => {
  it('labels months, dates and release months', () => {
    expect(monthLabel('2025-04')).toBe('Apr 2025');
    expect(dateLabel('2025-04-18')).toBe('18 Apr 2025');
    expect(dateLabel('2025-12')).toBe('Dec 2025');
    expect(releaseLabel('2025-04-18')).toBe('18 Apr 2025');
    expect(releaseLabel('2025-12')).toBe('Dec 2025');
    // An uploaded table's own name for a release is shown as it is.
    expect(releaseLabel('june-table')).toBe('june-table');
    expect(releaseLabel('2025-6')).toBe('2025-6');
  });

  it('knows the FSA’s 1-16 April column is a partial month', () => {
    expect(isPartialMonth('2025-04-01', '2025-04-16')).toBe(true);
    expect(isPartialMonth('2025-04-01', '2025-04-30')).toBe(false);
    expect(isPartialMonth('2025-02-01', '2025-02-28')).toBe(false);
    expect(periodLabel('2025-04-01', '2025-04-16')).toBe('1–16 Apr 2025');
  });

  it('names a source by its host', () => {
    expect(sourceHost('https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html')).toBe(
      'fsa.go.jp',
    );
  });
});
