import type { Normalised } from '$lib/upload/types';
import { isoMonth } from './calendar';
import { accepted, rejected } from './outcome';
import { readDate } from './read-date';

/** The FSA's "as of" note on a month still in progress: 2025年4月(16日現在). */
const AS_OF_DAY = /\s*[(（]\s*[0-9０-９]{1,2}\s*日\s*(?:現在|時点|まで)\s*[)）]$/u;

/**
 * A month as `YYYY-MM`. A full date gives its month, and so does a month "as of" a day; both
 * count as changed.
 */
export function normaliseMonth(text: string): Normalised<string> {
  const read = readDate(text.replace(AS_OF_DAY, ''), { code: 'not-a-month' });
  if (!read.ok) return rejected(text, read.reason);
  const month = isoMonth(read.date.year, read.date.month);
  return accepted(text, month, month);
}
