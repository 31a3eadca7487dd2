/** What a column header of the FSA's table says: a month, a stated total, a span of months. */
export type MonthHeader =
  | {
      readonly kind: 'month';
      /** Null where the header gives only the month (2月). */
      readonly year: number | null;
      readonly month: number;
      /** The day the figures run to, where the header says so: 2025年4月(16日現在) → 16. */
      readonly endDay: number | null;
    }
  | { readonly kind: 'total' }
  | { readonly kind: 'span' }
  | { readonly kind: 'unreadable' };

const REIWA_YEAR_ZERO = 2018;
const TOTAL = /合計|累計|総計|^計$|^total$/i;
const MONTH_RANGE = /\d{1,2}月?[~〜～–-]\d{1,2}月|\d{1,2}月.*\d{1,2}月/;
const AS_OF = /^(?<head>.*?)\(?(?:\d{1,2}月)?(?<day>\d{1,2})日(?:現在|時点|まで)\)?$/;
const MONTH_FORMS: readonly RegExp[] = [
  /^(?<year>\d{4})年(?<month>\d{1,2})月分?$/,
  /^令和(?<reiwa>\d{1,2}|元)年(?<month>\d{1,2})月分?$/,
  /^(?<year>\d{4})[-/](?<month>\d{1,2})$/,
  /^(?<month>\d{1,2})月分?$/,
];

function readYear(groups: Record<string, string | undefined>): number | null {
  if (groups.year !== undefined) return Number(groups.year);
  if (groups.reiwa !== undefined)
    return REIWA_YEAR_ZERO + (groups.reiwa === '元' ? 1 : Number(groups.reiwa));
  return null;
}

/** Reads a column header of the FSA's table. Minimal on purpose: only the forms the FSA uses. */
export function readMonthHeader(cell: string): MonthHeader {
  const text = cell.normalize('NFKC').replace(/\s+|※\d*/g, '');
  if (TOTAL.test(text)) return { kind: 'total' };
  const asOf = AS_OF.exec(text)?.groups;
  const head = asOf?.head ?? text;
  for (const form of MONTH_FORMS) {
    const groups = form.exec(head)?.groups;
    if (groups === undefined) continue;
    const month = Number(groups.month);
    if (month < 1 || month > 12) return { kind: 'unreadable' };
    const endDay = asOf?.day === undefined ? null : Number(asOf.day);
    return { kind: 'month', year: readYear(groups), month, endDay };
  }
  return MONTH_RANGE.test(text) ? { kind: 'span' } : { kind: 'unreadable' };
}
