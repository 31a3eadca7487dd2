import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RevisionSteps from '$lib/charts/RevisionSteps.svelte';
import { labelWidth } from '$lib/charts/fit-label';
import { figure } from './fixtures';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const ENGLISH_LABELS = ['18 Apr 2025', '8 May 2025', '5 Jun 2025', '7 Aug 2025', 'Dec 2025'];
const JAPANESE_LABELS = [
  '2025年4月18日',
  '2025年5月8日',
  '2025年6月5日',
  '2025年8月7日',
  '2025年12月',
];

const props = (width: number, labels = ENGLISH_LABELS) => ({
  width,
  color: '#0072B2',
  xTitle: 'Release',
  yTitle: 'Cases',
  formatValue: (value: number) => `${value} cases`,
  formatAxis: String,
  pointTitle: (label: string, value: string, period: string | null) =>
    `${label}: ${value}${period ? ` (${period})` : ''}`,
  points: [
    {
      release: '2025-04-18',
      label: '18 Apr 2025',
      figure: figure(736, 'high', ['2025-04-01', '2025-04-16']),
    },
    { release: '2025-05-08', label: labels[1] ?? '', figure: figure(2746) },
    { release: '2025-06-05', label: labels[2] ?? '', figure: figure(null) },
    { release: '2025-08-07', label: labels[3] ?? '', figure: figure(2970, 'low') },
    { release: '2025-12', label: labels[4] ?? '', figure: figure(2987, 'low') },
  ],
});

describe('RevisionSteps renders the same SVG for the same data', () => {
  it('steps between releases: a hollow partial month, a gap, rings for low confidence', () => {
    const { body } = render(RevisionSteps, { props: props(720) });
    expectSnapshot('revision-steps', normaliseSvg(body));
  });

  it('draws no mark for a missing figure and drops value labels when points crowd', () => {
    const body = normaliseSvg(render(RevisionSteps, { props: props(280) }).body);
    expect(body.match(/class="point/g)).toHaveLength(4);
    expect(body).not.toContain('data-value="0"');
    expect(body).not.toContain('value-label');
    expect(body).toContain('class="point partial');
  });

  it('names each release by its label on the axis, thinned where labels would collide', () => {
    const axisLabels = (width: number, labels = ENGLISH_LABELS) =>
      [
        ...normaliseSvg(render(RevisionSteps, { props: props(width, labels) }).body).matchAll(
          /<text x="([\d.]+)" y="\d+" text-anchor="middle">([^<]+)<\/text>/g,
        ),
      ].map(([, x, label]) => ({ x: Number(x), label: label ?? '' }));
    expect(axisLabels(720).map(({ label }) => label)).toEqual(ENGLISH_LABELS);
    for (const [width, labels] of [
      [280, ENGLISH_LABELS],
      [280, JAPANESE_LABELS],
      [460, JAPANESE_LABELS],
    ] as const) {
      const narrow = axisLabels(width, labels);
      expect(narrow.length).toBeGreaterThan(1);
      expect(narrow.length).toBeLessThan(5);
      for (const [index, tick] of narrow.entries()) {
        const next = narrow[index + 1];
        if (next) {
          const room = (labelWidth(tick.label) + labelWidth(next.label)) / 2;
          expect(next.x - tick.x, `${tick.label} and ${next.label}`).toBeGreaterThan(room);
        }
      }
    }
  });
});
