import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MonthLines from '$lib/charts/MonthLines.svelte';
import { figure } from './fixtures';

/** The chosen months' band as drawn: [x, width], or null when there is none. */
function band(months: string[], range: { from: string | null; to: string | null }) {
  const { body } = render(MonthLines, {
    props: {
      months,
      range,
      width: 720,
      xTitle: 'Month',
      yTitle: 'Cases',
      partialLabel: (period: string) => period,
      series: [
        {
          key: 'trades',
          label: 'Trades',
          color: '#D55E00',
          points: months.map((month) => ({ month, figure: figure(1) })),
        },
      ],
    },
  });
  const rect = body.match(/<rect class="brush-band[^>]*>/)?.[0];
  if (!rect) return null;
  const number = (name: string) => Number(rect.match(new RegExp(` ${name}="([^"]+)"`))?.[1]);
  return [number('x'), number('width')];
}

describe('the band of the chosen months on the monthly chart', () => {
  const april = ['2025-02', '2025-03', '2025-04'];

  it('ends at the last month drawn when the range goes beyond it (a release of February–April)', () => {
    const [x = NaN, width = NaN] = band(april, { from: '2025-03', to: '2025-05' }) ?? [];
    const [fullX = NaN, fullWidth = NaN] = band(april, { from: '2025-02', to: '2025-04' }) ?? [];
    expect(width).toBeGreaterThan(0);
    expect(x + width).toBeCloseTo(fullX + fullWidth);
    expect(x).toBeGreaterThan(fullX);
  });

  it('is not drawn when the range holds none of the months drawn', () => {
    expect(band(april, { from: '2025-06', to: '2025-09' })).toBeNull();
    expect(band(april, { from: null, to: '2025-01' })).toBeNull();
  });
});
