/** How a number format shows a serial number: as a date, as a month (no day), or not as a date. */
export type DateKind = 'date' | 'month' | null;

/**
 * Excel's built-in formats that show dates: 14–17 and 22 everywhere; 27–31, 34–36 and 50–58
 * are the East Asian ones (in Japanese Excel: ge.m.d, yyyy"年"m"月"d"日", yyyy"年"m"月", …).
 * 34, 52 and 55 are yyyy"年"m"月"; 17 is mmm-yy. 18–21, 32, 33 and 45–47 are times of day.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 22, 27, 28, 29, 30, 31, 35, 36, 50, 51, 53, 54, 56, 57, 58,
]);
const BUILT_IN_MONTHS = new Set([17, 34, 52, 55]);

/** Literal text, escapes, colours and locales carry no date parts; [h] [m] [s] are durations. */
function dateParts(code: string): string {
  const section = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0] ?? '';
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
}

/** Whether a number format shows its value as a date, and whether with a day. */
export function dateKindOf(id: number, code: string | undefined): DateKind {
  if (code === undefined) {
    if (BUILT_IN_MONTHS.has(id)) return 'month';
    return BUILT_IN_DATES.has(id) ? 'date' : null;
  }
  if (/^general$/i.test(code.trim())) return null;
  const parts = dateParts(code);
  // e is the era year (ge.m.d) unless it is a number's exponent (0.00E+00).
  const year = /y|g|e(?![+-])/.test(parts);
  const day = /d|a{3}/.test(parts);
  const minutesOnly = /m/.test(parts) && /[hs]/.test(parts) && !year && !day;
  if (!year && !day && (minutesOnly || !/m/.test(parts))) return null;
  return day ? 'date' : 'month';
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A serial number as a UTC date. In the 1900 system Excel counts a 29 February 1900 that never
 * was (serial 60), so serials before it are one day later than the plain count gives.
 */
export function serialToDate(serial: number, epoch1904: boolean): Date {
  const epoch = epoch1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
  return new Date(epoch + Math.round(serial * DAY_MS));
}
