/** A number held exactly as `coefficient × 10^exponent`, so 0.3億 is 30000000 and not nearly. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const ZERO: Decimal = { coefficient: 0n, exponent: 0 };

const powerOfTen = (places: number): bigint => 10n ** BigInt(places);

/** `digits` is plain digits with at most one decimal point between digits, as in "1422" or "0.3". */
export function parseDecimal(digits: string): Decimal {
  const [whole = '', fraction = ''] = digits.split('.');
  return { coefficient: BigInt(whole + fraction), exponent: -fraction.length };
}

/** Multiplies by 10^places by moving the decimal point: exact, whatever the size. */
export function shiftDecimal(decimal: Decimal, places: number): Decimal {
  return { coefficient: decimal.coefficient, exponent: decimal.exponent + places };
}

export function negateDecimal(decimal: Decimal): Decimal {
  return { coefficient: -decimal.coefficient, exponent: decimal.exponent };
}

export function addDecimals(...terms: readonly Decimal[]): Decimal {
  return terms.reduce((sum, term) => {
    const exponent = Math.min(sum.exponent, term.exponent);
    const scaled = (d: Decimal) => d.coefficient * powerOfTen(d.exponent - exponent);
    return { coefficient: scaled(sum) + scaled(term), exponent };
  }, ZERO);
}

export function isNegative(decimal: Decimal): boolean {
  return decimal.coefficient < 0n;
}

export function isWhole(decimal: Decimal): boolean {
  return decimal.exponent >= 0 || decimal.coefficient % powerOfTen(-decimal.exponent) === 0n;
}

/** Whether |decimal| > limit. */
export function exceedsMagnitude(decimal: Decimal, limit: bigint): boolean {
  const magnitude = decimal.coefficient < 0n ? -decimal.coefficient : decimal.coefficient;
  return decimal.exponent >= 0
    ? magnitude * powerOfTen(decimal.exponent) > limit
    : magnitude > limit * powerOfTen(-decimal.exponent);
}

/** The shortest exact decimal text: no exponent, no trailing zeros after the point, no "-0". */
export function decimalText(decimal: Decimal): string {
  let { coefficient, exponent } = decimal;
  if (coefficient === 0n) return '0';
  while (exponent < 0 && coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent += 1;
  }
  const sign = coefficient < 0n ? '-' : '';
  const digits = (coefficient < 0n ? -coefficient : coefficient).toString();
  if (exponent >= 0) return sign + digits + '0'.repeat(exponent);
  const padded = digits.padStart(-exponent + 1, '0');
  return `${sign}${padded.slice(0, exponent)}.${padded.slice(exponent)}`;
}
