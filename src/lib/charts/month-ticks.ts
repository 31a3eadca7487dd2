import { monthLabel, shortMonth } from '$lib/format/dates';
import type { Tick } from './layout';

/** A month's tick: keyed by its month, so that a tick that stays when the axis changes only moves. */
export interface MonthTick extends Tick {
  key: string;
}

/** One tick per month, thinned so labels never collide on narrow charts. */
export function monthTicks(
  months: readonly string[],
  position: (month: string) => number,
  plotWidth: number,
): MonthTick[] {
  const every = Math.max(1, Math.ceil((months.length * 40) / plotWidth));
  return months
    .filter((_, index) => index % every === 0)
    .map((month) => ({
      key: month,
      position: position(month),
      label: month.endsWith('-01') || month === months[0] ? monthLabel(month) : shortMonth(month),
    }));
}
