import { describe, expect, it } from 'vitest';
import { formatPercentChange } from '$lib/format/percent-change';

describe('formatPercentChange', () => {
  it('gives whole per cents from 10% up and one decimal below, with a true minus sign', () => {
    expect(formatPercentChange(2010 / 736)).toBe('+273%');
    expect(formatPercentChange(2 / 685)).toBe('+0.3%');
    expect(formatPercentChange(-2 / 1422)).toBe('−0.1%');
    expect(formatPercentChange(0.05)).toBe('+5%');
    expect(formatPercentChange(12.5)).toBe('+1,250%');
    expect(formatPercentChange(0)).toBe('0%');
    expect(formatPercentChange(0.0001)).toBe('0%');
  });
});
