import { format } from 'd3-format';

const grouped = format(',');
const upToTwoDecimals = format(',.2~f');
const MAN = 1e4;
const OKU = 1e8;

/**
 * A count the way Japanese newspapers write it: 2987 → "2,987", 17559 → "1万7559",
 * 1000000 → "100万", 123456789 → "1億2345万6789". Below 万, and for fractions (axis ticks such
 * as 0.5), it keeps separators and up to two decimals.
 */
export function japaneseCount(value: number): string {
  if (!Number.isInteger(value) || Math.abs(value) < MAN) return upToTwoDecimals(value);
  const sign = value < 0 ? '−' : '';
  const whole = Math.abs(value);
  const oku = Math.floor(whole / OKU);
  const man = Math.floor((whole % OKU) / MAN);
  const rest = whole % MAN;
  return (
    sign +
    (oku > 0 ? `${grouped(oku)}億` : '') +
    (man > 0 ? `${man}万` : '') +
    (rest > 0 ? rest : '')
  );
}

/** 億円 as the FSA writes them: 1481 → "1,481億円", 0.3 → "0.3億円", 12000 → "1兆2,000億円". */
export function japaneseOkuYen(oku: number): string {
  // Rounded first, so 9999.996 carries into 1兆 rather than reading "10,000億円".
  const hundredths = Math.round(Math.abs(oku) * 100);
  const sign = oku < 0 && hundredths > 0 ? '−' : '';
  if (hundredths < MAN * 100) return `${sign}${upToTwoDecimals(hundredths / 100)}億円`;
  const cho = Math.floor(hundredths / (MAN * 100));
  const rest = (hundredths % (MAN * 100)) / 100;
  return `${sign}${grouped(cho)}兆${rest > 0 ? `${upToTwoDecimals(rest)}億` : ''}円`;
}
