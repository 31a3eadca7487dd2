import { format } from 'd3-format';
import { formatCount } from './numbers';

const twoDecimals = format(',.2~f');
const threeDigits = format(',.3~r');

/** A number from a reader's own column: whole numbers in full, others to a readable precision. */
export function formatAnyNumber(value: number): string {
  if (Number.isInteger(value)) return formatCount(value);
  return Math.abs(value) >= 1 ? twoDecimals(value) : threeDigits(value);
}
