import { monthLabel, shortMonth } from '$lib/format/dates';
import { currentLanguage } from '$lib/i18n/language.svelte';
import type { Tick } from './layout';

/** A month's tick: keyed by its month, so that a tick that stays when the axis changes only moves. */
export interface MonthTick extends Tick {
  key: string;
}

/** Each month's long and short label, in each language: named once, not on every redraw. */
const names = new Map<string, { long: string; short: string }>();

function namesOf(month: string): { long: string; short: string } {
  const key = `${currentLanguage()} ${month}`;
  let known = names.get(key);
  if (!known) {
    known = { long: monthLabel(month), short: shortMonth(month) };
    names.set(key, known);
  }
  return known;
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
    .map((month) => {
      const { long, short } = namesOf(month);
      return {
        key: month,
        position: position(month),
        label: month.endsWith('-01') || month === months[0] ? long : short,
      };
    });
}
