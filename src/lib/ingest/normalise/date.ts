import type { Normalised } from '$lib/upload/types';
import { isoDate } from './calendar';
import { accepted, rejected } from './outcome';
import { readDate } from './read-date';

const NOT_A_DATE =
  'is not a date (YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 and 令和/平成 dates such as R7.4.16 are understood)';

/** A day as ISO `YYYY-MM-DD`, from any of the ways Japanese sources write one. */
export function normaliseDate(text: string): Normalised<string> {
  const read = readDate(text, NOT_A_DATE);
  if (!read.ok) return rejected(text, read.reason);
  const { year, month, day } = read.date;
  if (day === null) return rejected(text, 'is a month without a day');
  return accepted(text, isoDate(year, month, day), isoDate(year, month, day));
}
