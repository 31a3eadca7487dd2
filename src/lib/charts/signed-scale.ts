import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Tick } from './layout';

/**
 * A value scale from zero like valueScale, that also reaches below zero: a reader's own columns can
 * hold negative numbers. A missing value is never drawn, so it never sits at zero.
 */
export function signedScale(values: readonly (number | null)[], range: [number, number]) {
  const [low = 0, high = 0] = extent(values, (value) => value ?? undefined);
  const top = high > 0 ? high : low < 0 ? 0 : 1;
  return scaleLinear()
    .domain([Math.min(0, low), top])
    .nice()
    .range(range);
}

/** About `count` ticks of a value scale, labelled as d3 formats them; counts skip fractions. */
export function valueTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  wholeNumbers: boolean,
): Tick[] {
  const format = scale.tickFormat(count);
  return scale
    .ticks(count)
    .filter((value) => !wholeNumbers || Number.isInteger(value))
    .map((value) => ({ position: scale(value), label: format(value) }));
}
