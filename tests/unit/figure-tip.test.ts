import { describe, expect, it } from 'vitest';
import { provenanceLines } from '$lib/charts/figure-tip';
import type { Figure } from '$lib/figures/figure';

const april: Figure = {
  value: 736,
  release: '2025-04-18',
  confidence: 'high',
  source: 'https://www.city.hiroshima.lg.jp/living/shouhi/1025695/1025698/1039798.html',
  periodStart: '2025-04-01',
  periodEnd: '2025-04-16',
  absent: null,
};

describe('what a tooltip says about where a figure came from', () => {
  it('gives the period, the release by its date, the confidence and the source’s host', () => {
    expect(provenanceLines(april)).toEqual([
      'Period: 1–16 Apr 2025',
      'Release: 18 Apr 2025',
      'High confidence: the regulator’s page, a verbatim copy, or a wire service quoting it.',
      'Source: city.hiroshima.lg.jp',
    ]);
  });

  it('leaves the release out where the tooltip’s title names it', () => {
    const lines = provenanceLines(april, { withRelease: false });
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('Release');
  });
});
