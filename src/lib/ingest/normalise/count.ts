import type { Normalised } from '$lib/upload/types';
import { isNegative, isWhole } from './decimal';
import { acceptedDecimal, rejected } from './outcome';
import { readNumber } from './read-number';

/** A count of accounts, trades or firms: "1,422件", "1万422", "約1,400" — a whole number ≥ 0. */
export function normaliseCount(text: string): Normalised<number> {
  const read = readNumber(text);
  if (!read.ok) return rejected(text, read.reason);
  const { amount, yen } = read.number;
  if (yen) return rejected(text, 'is an amount of yen, not a count');
  if (isNegative(amount)) return rejected(text, 'is negative; a count cannot be');
  if (!isWhole(amount)) return rejected(text, 'is not a whole number');
  return acceptedDecimal(text, amount);
}
