import { describe, expect, it } from 'vitest';
import { pointLabelLines } from '$lib/charts/point-label';

describe('a label beside a point', () => {
  it('stays on one line where it fits', () => {
    expect(pointLabelLines('covers 1–16 Apr 2025 only', 400, '1–16 Apr 2025')).toEqual([
      'covers 1–16 Apr 2025 only',
    ]);
  });

  it('breaks at the space nearest its middle where it does not', () => {
    expect(pointLabelLines('covers 1–16 Apr 2025 only', 120, '1–16 Apr 2025')).toEqual([
      'covers 1–16',
      'Apr 2025 only',
    ]);
  });

  it('breaks Japanese after the period it names, never inside a date', () => {
    const period = '2025年4月1日〜16日';
    expect(pointLabelLines(`${period}のみの数値`, 150, period)).toEqual([period, 'のみの数値']);
  });

  it('breaks in the middle a label that does not name the period', () => {
    expect(pointLabelLines('部分的な月の数値です', 60, '2025年4月')).toEqual([
      '部分的な月',
      'の数値です',
    ]);
  });
});
