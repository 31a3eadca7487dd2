import { max } from 'd3-array';
import type { Tick } from './layout';
import { labelWidth } from './fit-label';

/** Ticks for ordered values (dates, months), thinned so that their labels never collide. */
export function ordinalTicks(
  values: readonly string[],
  position: (value: string) => number,
  label: (value: string) => string,
  plotWidth: number,
): Tick[] {
  const widest = max(values, (value) => labelWidth(label(value))) ?? 0;
  const every = Math.max(1, Math.ceil((values.length * (widest + 16)) / Math.max(1, plotWidth)));
  return values
    .filter((_, index) => index % every === 0)
    .map((value) => ({ position: position(value), label: label(value) }));
}
