import type { AmountUnit } from '../types';

/** Checked in this order: "sell_oku_yen" and "億円" also contain the plain yen words. */
const UNIT_WORDS: readonly [RegExp, AmountUnit][] = [
  [/億|\boku\b|oku_?yen|¥100m|100 ?million/, 'oku_yen'],
  [/万|\bman\b|man_?yen|10,?000 ?yen/, 'man_yen'],
  [/円|yen|jpy|¥/, 'yen'],
];

/** The unit an amount column's header names (売却金額（円） → yen), or null where it names none. */
export function unitFromHeader(header: string): AmountUnit | null {
  const text = header.normalize('NFKC').toLowerCase();
  return UNIT_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
