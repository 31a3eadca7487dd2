import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChangeBars, { type ChangeRow } from '$lib/charts/ChangeBars.svelte';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const row = (
  key: string,
  change: number | null,
  text: string,
  periodChanged = false,
): ChangeRow => ({
  key,
  label: key,
  change,
  text,
  periodChanged,
  description: `${key}: ${text}`,
});

const rows = [
  row('2025-01 fraudulent_trades', null, 'new: 39'),
  row('2025-03 unauthorized_access', -2 / 1422, '1,422 → 1,420 (−0.1%)'),
  row('2025-03 fraudulent_trades', 2 / 685, '685 → 687 (+0.3%)'),
  row('2025-04 fraudulent_trades', 2010 / 736, '736 → 2,746 (+273%)', true),
];

describe('ChangeBars renders the same SVG for the same data', () => {
  it('bars of relative change, hollow where the period changed, a dot for a new figure', () => {
    expectSnapshot(
      'change-bars',
      normaliseSvg(render(ChangeBars, { props: { rows, width: 720 } }).body),
    );
  });

  it('stacks the words under the label on a phone, and keeps every row', () => {
    const body = normaliseSvg(render(ChangeBars, { props: { rows, width: 320 } }).body);
    expectSnapshot('change-bars-narrow', body);
    expect(body.match(/class="change-row"/g)).toHaveLength(4);
    expect(body.match(/class="bar/g)).toHaveLength(3);
    expect(body.match(/class="bar period-changed"/g)).toHaveLength(1);
    expect(body.match(/class="added"/g)).toHaveLength(1);
  });

  it('draws bars below zero to the left of it and above zero to the right', () => {
    const signed = [row('down', -0.5, '−50%'), row('up', 1, '+100%')];
    const body = render(ChangeBars, { props: { rows: signed, width: 720 } }).body;
    const zero = Number(/class="zero" x1="([\d.]+)"/.exec(body)?.[1]);
    const bars = [
      ...body.matchAll(/<rect class="bar[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g),
    ];
    const [down = [], up = []] = bars.map((match) => [Number(match[1]), Number(match[2])]);
    expect(Number(down[0]) + Number(down[1])).toBeCloseTo(zero, 3);
    expect(Number(up[0])).toBeCloseTo(zero, 3);
  });
});
