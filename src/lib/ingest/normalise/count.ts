import type { Normalised } from '$lib/upload/types';
import { isNegative, isWhole } from './decimal';
import { acceptedDecimal, rejected } from './outcome';
import { readNumber } from './read-number';

/** A count of accounts, trades or firms: "1,422件", "1万422", "約1,400" — a whole number ≥ 0. */
export function normaliseCount(text: string): Normalised<number> {
  const read = readNumber(text);
  if (!read.ok) return rejected(text, read.reason);
  const { amount, yen } = read.number;
  if (yen) return rejected(text, { code: 'count-is-yen' });
  if (isNegative(amount)) return rejected(text, { code: 'count-negative' });
  if (!isWhole(amount)) return rejected(text, { code: 'count-not-whole' });
  return acceptedDecimal(text, amount);
}
