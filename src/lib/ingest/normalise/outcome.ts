import type { Normalised } from '$lib/upload/types';
import type { CellReason } from '$lib/upload/upload-message';
import { decimalText, exceedsMagnitude, type Decimal } from './decimal';

const LARGEST_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

export function rejected<T>(original: string, reason: CellReason): Normalised<T> {
  return { ok: false, original, reason };
}

/** `canonical` is the value written as the column stores it; any other spelling is a change. */
export function accepted<T>(original: string, value: T, canonical: string): Normalised<T> {
  return { ok: true, value, original, changed: canonical !== original.trim() };
}

/** The number a decimal stands for, converted once so it is the double nearest the exact value. */
export function acceptedDecimal(original: string, decimal: Decimal): Normalised<number> {
  if (exceedsMagnitude(decimal, LARGEST_EXACT)) {
    return rejected(original, { code: 'number-too-large' });
  }
  const text = decimalText(decimal);
  return accepted(original, Number(text), text);
}
