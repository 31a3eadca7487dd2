import type { Normalised } from '$lib/upload/types';
import { acceptedDecimal, rejected } from './outcome';
import { readNumber } from './read-number';

/**
 * Any figure a Japanese table writes: "1,422", "１，４２０", "約1,481", "▲789", "1万422",
 * "3億2000万", "0.3億". A trailing 件, 社, 円, 人 or 口座 is read past.
 */
export function normaliseNumber(text: string): Normalised<number> {
  const read = readNumber(text);
  return read.ok ? acceptedDecimal(text, read.number.amount) : rejected(text, read.reason);
}
