import type { Normalised } from '$lib/upload/types';
import { isoDate } from './calendar';
import { accepted, rejected } from './outcome';
import { readDate } from './read-date';

/** A day as ISO `YYYY-MM-DD`, from any of the ways Japanese sources write one. */
export function normaliseDate(text: string): Normalised<string> {
  const read = readDate(text, { code: 'not-a-date' });
  if (!read.ok) return rejected(text, read.reason);
  const { year, month, day } = read.date;
  if (day === null) return rejected(text, { code: 'date-without-day' });
  return accepted(text, isoDate(year, month, day), isoDate(year, month, day));
}
