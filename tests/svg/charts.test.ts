import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AmountBars from '$lib/charts/AmountBars.svelte';
import FirmsTimeline from '$lib/charts/FirmsTimeline.svelte';
import MonthLines from '$lib/charts/MonthLines.svelte';
import SpikeRows from '$lib/charts/SpikeRows.svelte';
import { amountBarsProps, figure } from './fixtures';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const months = ['2025-02', '2025-03', '2025-04', '2025-05'];
/** Trades for three months, the last published for part of it. */
const threeMonths = [
  { month: '2025-02', figure: figure(33) },
  { month: '2025-03', figure: figure(685) },
  { month: '2025-04', figure: figure(736, 'high', ['2025-04-01', '2025-04-16']) },
];

describe('charts render the same SVG for the same data', () => {
  it('MonthLines: a gap for a missing month, a hollow partial month, a ring for low confidence', () => {
    const { body } = render(MonthLines, {
      props: {
        months,
        width: 720,
        xTitle: 'Month',
        yTitle: 'Cases',
        partialLabel: (period: string) => `${period} only`,
        series: [
          {
            key: 'trades',
            label: 'Trades',
            color: '#D55E00',
            points: [
              { month: '2025-02', figure: figure(33) },
              { month: '2025-03', figure: figure(685, 'low') },
              { month: '2025-04', figure: figure(736, 'high', ['2025-04-01', '2025-04-16']) },
              { month: '2025-05', figure: figure(null) },
            ],
          },
        ],
      },
    });
    expectSnapshot('month-lines', normaliseSvg(body));
  });

  it("MonthLines: a partial month's label on two lines where one would run off the plot", () => {
    const { body } = render(MonthLines, {
      props: {
        months: ['2025-02', '2025-03', '2025-04'],
        width: 288,
        xTitle: 'Month',
        yTitle: 'Cases',
        partialLabel: (period: string) => `covers ${period} only`,
        series: [{ key: 'trades', label: 'Trades', color: '#D55E00', points: threeMonths }],
      },
    });
    const label = /<text class="annotation"[^>]*>(.*?)<\/text>/s.exec(body)?.[1] ?? '';
    const lines = [...label.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
    expect(lines).toEqual(['covers 1–16', 'Apr 2025 only']);
  });

  it('AmountBars: split bars, a combined-only month outlined, a missing month absent', () => {
    const { body } = render(AmountBars, {
      props: amountBarsProps(
        [
          { month: '2025-02', sell: figure(1), buy: figure(0.3), combined: figure(null) },
          { month: '2025-03', sell: figure(131), buy: figure(128, 'low'), combined: figure(null) },
          { month: '2025-04', sell: figure(null), buy: figure(null), combined: figure(381) },
          { month: '2025-05', sell: figure(null), buy: figure(null), combined: figure(null) },
        ],
        720,
      ),
    });
    expectSnapshot('amount-bars', normaliseSvg(body));
  });

  it("AmountBars: a partial month's figures labelled beside its bars, on their left where it fits", () => {
    const partial = (value: number) => figure(value, 'high', ['2025-04-01', '2025-04-16']);
    const march = { month: '2025-03', sell: figure(131), buy: figure(128), combined: figure(null) };
    const april = {
      month: '2025-04',
      sell: partial(372),
      buy: partial(320),
      combined: figure(null),
    };
    const labelsOf = (months: (typeof april)[], width = 720) => {
      const { body } = render(AmountBars, { props: amountBarsProps(months, width) });
      return [...body.matchAll(/<text class="annotation"([^>]*)>(.*?)<\/text>/gs)].map((match) => ({
        anchor: /text-anchor="(\w+)"/.exec(match[1] ?? '')?.[1],
        text: [...(match[2] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
          .map((line) => line[1])
          .join(' '),
      }));
    };
    expect(labelsOf([march, april])).toEqual([
      { anchor: 'end', text: 'covers 1–16 Apr 2025 only' },
    ]);
    // April alone on a phone: no room beside it (on its left, the label ran over the axis).
    expect(labelsOf([april], 320)).toEqual([
      { anchor: 'middle', text: 'covers 1–16 Apr 2025 only' },
    ]);
  });

  it('FirmsTimeline: monthly bars and the cumulative step of named firms', () => {
    const { body } = render(FirmsTimeline, {
      props: {
        width: 720,
        barColor: '#0072B2',
        stepColor: '#D55E00',
        barLabel: 'Firms that month',
        stepLabel: 'Named so far',
        xTitle: 'Month',
        yTitle: 'Firms',
        months: months.map((month, index) => ({
          month,
          firms: figure(index === 3 ? null : index + 2),
        })),
        steps: [
          {
            date: '2025-03-21',
            cumulative: 1,
            names: ['A'],
            brokers: ['A'],
            lowConfidence: false,
            lines: [],
          },
          {
            date: '2025-04-04',
            cumulative: 4,
            names: ['B', 'C', 'D'],
            brokers: ['B', 'C', 'D'],
            lowConfidence: false,
            lines: [],
          },
          {
            date: '2025-05-28',
            cumulative: 5,
            names: ['E'],
            brokers: ['E'],
            lowConfidence: true,
            lines: ['low'],
          },
        ],
      },
    });
    expectSnapshot('firms-timeline', normaliseSvg(body));
  });

  it('SpikeRows: ratio bars on a log scale, missing volumes said in words', () => {
    const row = (key: string, ratio: number | null, lowConfidence = false) => ({
      key,
      label: `Stock ${key}`,
      detail: `detail ${key}`,
      ratio,
      ratioLabel: ratio === null ? 'volume not published' : `×${ratio} vs baseline`,
      shortLabel: ratio === null ? 'volume not published' : `×${ratio}`,
      lowConfidence,
      tipLines: [],
      stock: key,
    });
    const { body } = render(SpikeRows, {
      props: {
        width: 720,
        color: '#007A5A',
        xTitle: 'Ratio',
        rows: [row('a', 297.5), row('b', 29.9, true), row('c', null)],
      },
    });
    expectSnapshot('spike-rows', normaliseSvg(body));
  });
});
