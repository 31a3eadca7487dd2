import type { AmountUnit, Normalised } from '$lib/upload/types';
import { shiftDecimal } from './decimal';
import { acceptedDecimal, rejected } from './outcome';
import { readNumber } from './read-number';

/** How far the decimal point moves to turn a plain number in each unit into 億円. */
const PLACES_TO_OKU: Record<AmountUnit, number> = { yen: -8, man_yen: -4, oku_yen: 0 };

/**
 * An amount in 億円 (100 million yen). A unit in the cell wins: "9000万円", "1.2億",
 * "¥120,000,000". A number without one is in `plainUnit`. Negatives (refunds) stay negative.
 */
export function normaliseOkuYen(text: string, plainUnit: AmountUnit): Normalised<number> {
  const read = readNumber(text);
  if (!read.ok) return rejected(text, read.reason);
  const { amount, unit, yen, multiplied } = read.number;
  if (unit !== null && !yen) return rejected(text, { code: 'amount-not-yen', unit });
  // "1.2億" with no 円 still means 1.2億円: a 万 or 億 in the cell puts the number in yen.
  const inYen = yen || multiplied;
  return acceptedDecimal(text, shiftDecimal(amount, PLACES_TO_OKU[inYen ? 'yen' : plainUnit]));
}
