import type { CellReason } from '$lib/upload/upload-message';
import {
  addDecimals,
  exceedsMagnitude,
  negateDecimal,
  parseDecimal,
  shiftDecimal,
  type Decimal,
} from './decimal';
import { toHalfWidth } from './half-width';
import { NOT_A_NUMBER, numberProblem } from './number-problem';

export type NumberUnit = '円' | '件' | '社' | '人' | '口座';

/** A number as the cell wrote it: its exact value with 万 and 億 applied, and what it counts. */
export interface WrittenNumber {
  readonly amount: Decimal;
  readonly unit: NumberUnit | null;
  /** Written with 円 or ¥: the amount is in yen. */
  readonly yen: boolean;
  /** Written with 万 or 億. */
  readonly multiplied: boolean;
}

export type ReadNumber =
  | { readonly ok: true; readonly number: WrittenNumber }
  | { readonly ok: false; readonly reason: CellReason };

/** Digits, grouped in threes by commas or not at all, with an optional decimal part. */
const PART = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SIGN = '[-+▲△]';
const WRITTEN_NUMBER = new RegExp(
  String.raw`^(?:約\s*)?(?<signBefore>${SIGN})?\s*(?<yenMark>[¥￥])?\s*(?<signAfter>${SIGN})?\s*` +
    String.raw`(?:(?<oku>${PART})億\s*)?(?:(?<man>${PART})万\s*)?(?<ones>${PART})?` +
    String.raw`\s*(?<unit>円|件|社|人|口座)?$`,
  'u',
);
const NEGATIVE_SIGNS = new Set(['-', '▲', '△']);

const partValue = (part: string | undefined): Decimal =>
  parseDecimal((part ?? '0').replaceAll(',', ''));

/** Why the 億, 万 and plain parts do not add up to one number, or null when they do. */
function partsProblem(oku?: string, man?: string, ones?: string): CellReason | null {
  const written = [oku, man, ones].filter((part) => part !== undefined);
  if (written.length === 0) return NOT_A_NUMBER;
  if (written.length > 1 && written.some((part) => part.includes('.'))) {
    return { code: 'number-decimal-in-parts' };
  }
  const atLeast = (part: string | undefined, limit: bigint) =>
    part !== undefined && exceedsMagnitude(partValue(part), limit - 1n);
  if (oku !== undefined && atLeast(man, 10_000n)) {
    return { code: 'number-overlap-oku-man' };
  }
  if (man !== undefined && atLeast(ones, 10_000n)) {
    return { code: 'number-overlap-man' };
  }
  if (oku !== undefined && atLeast(ones, 100_000_000n)) {
    return { code: 'number-overlap-oku' };
  }
  return null;
}

/** Reads a number the way Japanese tables write it: 約1,481億円, ▲789, １万４２２件, ¥120,000,000. */
export function readNumber(text: string): ReadNumber {
  // One space per gap keeps the pattern's runs of optional spaces from backtracking on long gaps.
  const plain = toHalfWidth(text).replace(/\s+/g, ' ');
  if (plain === '') return { ok: false, reason: { code: 'empty' } };
  const groups = WRITTEN_NUMBER.exec(plain)?.groups;
  if (!groups) return { ok: false, reason: numberProblem(plain) };
  const { signBefore, yenMark, signAfter, oku, man, ones, unit } = groups;
  if (signBefore !== undefined && signAfter !== undefined) {
    return { ok: false, reason: { code: 'number-two-signs' } };
  }
  if (yenMark !== undefined && unit !== undefined) {
    return { ok: false, reason: { code: 'number-yen-and-unit', unit } };
  }
  const problem = partsProblem(oku, man, ones);
  if (problem !== null) return { ok: false, reason: problem };

  const sum = addDecimals(
    shiftDecimal(partValue(oku), 8),
    shiftDecimal(partValue(man), 4),
    partValue(ones),
  );
  const sign = signBefore ?? signAfter;
  return {
    ok: true,
    number: {
      amount: sign !== undefined && NEGATIVE_SIGNS.has(sign) ? negateDecimal(sum) : sum,
      unit: (unit as NumberUnit | undefined) ?? null,
      yen: yenMark !== undefined || unit === '円',
      multiplied: oku !== undefined || man !== undefined,
    },
  };
}
