import { describe, expect, it } from 'vitest';
import { describeTrend, type TrendWords } from '$lib/charts/describe-trend';
import type { Absence } from '$lib/figures/figure';

const words: TrendWords = {
  none: (label) => `${label}: none`,
  noneInSources: (label) => `${label}: none in sources`,
  single: (label, only) => `${label}: ${only.value} in ${only.month}`,
  rose: (label, first, last) =>
    `${label} rose from ${first.value} in ${first.month} to ${last.value} in ${last.month}.`,
  fell: (label, first, last) =>
    `${label} fell from ${first.value} in ${first.month} to ${last.value} in ${last.month}.`,
  roseThenFell: (label, first, peak, last) =>
    `${label} rose from ${first.value} in ${first.month} to ${peak.value} in ${peak.month}, then fell to ${last.value} in ${last.month}.`,
  notPublished: (months) => `(${months} not published)`,
  notInSources: (months) => `(${months} not in sources)`,
  ratios: (items) => items.join('; '),
  revisions: (subject, items) => `${subject}: ${items.join('; ')}`,
};
const describeOf = (values: (number | null)[], absent: Absence = 'not-published') =>
  describeTrend(
    'Trades',
    values.map((value, index) => ({
      month: `2025-0${index + 1}`,
      value,
      absent: value === null ? absent : null,
    })),
    String,
    (month) => month,
    words,
  );

describe('describeTrend', () => {
  it('names the start, the peak and the end', () => {
    expect(describeOf([33, 1000, 2987, 138])).toBe(
      'Trades rose from 33 in 2025-01 to 2987 in 2025-03, then fell to 138 in 2025-04.',
    );
  });
  it('says rose or fell when the peak is at an end', () => {
    expect(describeOf([33, 685, 736])).toBe('Trades rose from 33 in 2025-01 to 736 in 2025-03.');
    expect(describeOf([736, 685, 33])).toBe('Trades fell from 736 in 2025-01 to 33 in 2025-03.');
  });
  it('counts unpublished months as gaps, not zeros', () => {
    expect(describeOf([33, null, 736])).toBe(
      'Trades rose from 33 in 2025-01 to 736 in 2025-03. (1 not published)',
    );
    expect(describeOf([null, null])).toBe('Trades: none');
    expect(describeOf([null, 5])).toBe('Trades: 5 in 2025-02 (1 not published)');
  });
  it('tells months our sources do not give from months not published', () => {
    expect(describeOf([33, null, null, 736], 'not-in-sources')).toBe(
      'Trades rose from 33 in 2025-01 to 736 in 2025-04. (2 not in sources)',
    );
    const mixed = describeTrend(
      'Trades',
      [
        { month: '2025-01', value: 33, absent: null },
        { month: '2025-02', value: null, absent: 'not-in-sources' },
        { month: '2025-03', value: null, absent: 'not-published' },
        { month: '2025-04', value: 736, absent: null },
      ],
      String,
      (month) => month,
      words,
    );
    expect(mixed).toBe(
      'Trades rose from 33 in 2025-01 to 736 in 2025-04. (1 not published) (1 not in sources)',
    );
    expect(describeOf([null, null], 'not-in-sources')).toBe('Trades: none in sources');
    expect(describeOf([], 'not-in-sources')).toBe('Trades: none');
  });
});
