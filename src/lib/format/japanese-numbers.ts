import { format } from 'd3-format';

const grouped = format(',');
const upToTwoDecimals = format(',.2~f');
const MAN = 1e4;
const OKU = 1e8;

/**
 * A count the way Japanese newspapers write it: 2987 → "2,987", 17559 → "1万7559",
 * 1000000 → "100万", 123456789 → "1億2345万6789". Below 万 it keeps separators.
 */
export function japaneseCount(value: number): string {
  const sign = value < 0 ? '−' : '';
  const whole = Math.round(Math.abs(value));
  if (whole < MAN) return sign + grouped(whole);
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
  const sign = oku < 0 ? '−' : '';
  const size = Math.abs(oku);
  if (size < MAN) return `${sign}${upToTwoDecimals(size)}億円`;
  const cho = Math.floor(size / MAN);
  const rest = Math.round((size % MAN) * 100) / 100;
  return `${sign}${grouped(cho)}兆${rest > 0 ? `${upToTwoDecimals(rest)}億` : ''}円`;
}
