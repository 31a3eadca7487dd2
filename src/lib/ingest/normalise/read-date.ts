import type { CellReason } from '$lib/upload/upload-message';
import { daysInMonth, isoDate } from './calendar';
import { dateProblem } from './date-problem';
import { eraSpanProblem } from './era-span';
import { eraYear, type EraName } from './era';
import { toHalfWidth } from './half-width';

/** A calendar month, or a day when the cell names one. */
export interface WrittenDate {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

export type ReadDate =
  | { readonly ok: true; readonly date: WrittenDate }
  | { readonly ok: false; readonly reason: CellReason };

const WEEKDAY = /\s*\(\s*[月火水木金土日](?:曜日?)?\s*\)$/u;
const YEAR = String.raw`(?:(?<era>令和|平成|[RrHh])\s*(?<eraYear>元|\d{1,2})|(?<year>[1-9]\d{3}))`;
const MONTH_AND_DAY =
  String.raw`(?:\s*年\s*(?<kanjiMonth>\d{1,2})\s*月(?:\s*(?<kanjiDay>\d{1,2})\s*日)?` +
  String.raw`|(?<separator>[-/.])(?<month>\d{1,2})(?:\k<separator>(?<day>\d{1,2}))?)`;
const WRITTEN_DATE = new RegExp(`^${YEAR}${MONTH_AND_DAY}$`, 'u');
const ERA_NAMES: Readonly<Record<string, EraName>> = {
  令和: 'reiwa',
  R: 'reiwa',
  r: 'reiwa',
  平成: 'heisei',
  H: 'heisei',
  h: 'heisei',
};

const failed = (reason: CellReason): ReadDate => ({ ok: false, reason });

/**
 * Reads 2025-04-16, 2025/4/16, 2025.4.16, 2025年4月16日(水), 令和7年4月16日, R7.4.16 and the
 * same without the day. `fallback` is the reason given when nothing more precise fits.
 */
export function readDate(text: string, fallback: CellReason): ReadDate {
  // One space per gap keeps the pattern's runs of optional spaces from backtracking on long gaps.
  const halfWidth = toHalfWidth(text).replace(/\s+/g, ' ');
  if (halfWidth === '') return failed({ code: 'empty' });
  const plain = halfWidth.replace(WEEKDAY, '');
  const groups = WRITTEN_DATE.exec(plain)?.groups;
  if (!groups) return failed(dateProblem(plain, fallback));

  const era = groups.era === undefined ? null : ERA_NAMES[groups.era];
  const yearInEra = groups.eraYear === '元' ? 1 : Number(groups.eraYear);
  if (era && yearInEra === 0) return failed({ code: 'date-era-year-zero' });
  const year = era ? eraYear(era, yearInEra) : Number(groups.year);
  const month = Number(groups.kanjiMonth ?? groups.month);
  const dayText = groups.kanjiDay ?? groups.day;
  const day = dayText === undefined ? null : Number(dayText);

  if (month < 1 || month > 12) return failed({ code: 'date-month-out-of-range', month });
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) {
    return failed({ code: 'date-no-such-day', date: isoDate(year, month, day) });
  }
  const outsideEra = era ? eraSpanProblem(era, yearInEra, month, day) : null;
  if (outsideEra !== null) return failed(outsideEra);
  return { ok: true, date: { year, month, day } };
}
