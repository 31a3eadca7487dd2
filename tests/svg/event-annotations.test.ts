import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AmountBars from '$lib/charts/AmountBars.svelte';
import type { ChartEvent } from '$lib/charts/event-lane';
import MonthLines from '$lib/charts/MonthLines.svelte';
import { figure } from './fixtures';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const months = ['2025-02', '2025-03', '2025-04', '2025-05'];
const event = (date: string, category: ChartEvent['category'], label: string | null = null) => ({
  date,
  month: date.slice(0, 7),
  category,
  title: `${date}, ${category}: <b>not markup</b>`,
  tip: { title: date, lines: ['what happened'] },
  label,
});
const events: ChartEvent[] = [
  event('2025-03-21', 'broker'),
  event('2025-04-18', 'regulator', 'First table'),
  event('2025-04-18', 'industry'),
  event('2025-04-22', 'regulator', 'Minister’s request'),
  event('2025-05-31', 'broker'),
  event('2026-01-14', 'regulator'),
];

describe('event annotations on the time charts', () => {
  it('MonthLines: markers by day, stacked when close, key labels staggered', () => {
    const { body } = render(MonthLines, {
      props: {
        months,
        width: 360,
        xTitle: 'Month',
        yTitle: 'Cases',
        partialLabel: (period: string) => `${period} only`,
        series: [
          {
            key: 'trades',
            label: 'Trades',
            color: '#D55E00',
            points: months.map((month, index) => ({ month, figure: figure(100 * (index + 1)) })),
          },
        ],
        events,
      },
    });
    expect(body).toContain('&lt;b>not markup&lt;/b>');
    expect(body).not.toContain('data-event-date="2026-01-14"');
    expectSnapshot('month-lines-events', normaliseSvg(body));
  });

  it('AmountBars: the same markers over the month bands', () => {
    const { body } = render(AmountBars, {
      props: {
        width: 720,
        xTitle: 'Month',
        yTitle: '¥bn',
        toAxis: (oku: number) => oku / 10,
        formatAxis: String,
        formatValue: String,
        mixedLabel: 'mixed releases',
        styles: {
          sell: { key: 'sell', label: 'sell', color: '#0072B2' },
          buy: { key: 'buy', label: 'buy', color: '#D55E00' },
          combined: { key: 'combined', label: 'combined', color: '#333' },
        },
        months: months.map((month) => ({
          month,
          sell: figure(100),
          buy: figure(90),
          combined: figure(null),
        })),
        events,
      },
    });
    expectSnapshot('amount-bars-events', normaliseSvg(body));
  });
});
