import type { Normalised } from '$lib/upload/types';
import { isoMonth } from './calendar';
import { accepted, rejected } from './outcome';
import { readDate } from './read-date';

const NOT_A_MONTH =
  'is not a month (YYYY-MM, YYYY/M, YYYY.M, YYYY年M月 and 令和/平成 months such as R7.4 are understood)';

/** A month as `YYYY-MM`. A full date gives its month, and counts as changed. */
export function normaliseMonth(text: string): Normalised<string> {
  const read = readDate(text, NOT_A_MONTH);
  if (!read.ok) return rejected(text, read.reason);
  const month = isoMonth(read.date.year, read.date.month);
  return accepted(text, month, month);
}
