import { currentLanguage } from '$lib/i18n/language.svelte';
import { remembered } from './remembered';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(isoDate: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const japanese = () => currentLanguage() === 'ja';

const shortMonthEn = remembered((month: string) => MONTHS[parts(month).month - 1] ?? month);
const shortMonthJa = remembered((month: string) => `${parts(month).month}月`);

/** "2025-04" → "Apr" (Japanese "4月"). */
export function shortMonth(month: string): string {
  return japanese() ? shortMonthJa(month) : shortMonthEn(month);
}

const monthLabelEn = remembered((month: string) => `${shortMonthEn(month)} ${parts(month).year}`);
const monthLabelJa = remembered((month: string) => `${parts(month).year}年${parts(month).month}月`);

/** "2025-04" → "Apr 2025" (Japanese "2025年4月"). */
export function monthLabel(month: string): string {
  return japanese() ? monthLabelJa(month) : monthLabelEn(month);
}

const dateLabelEn = remembered((date: string) => {
  const { year, month, day } = parts(date);
  const name = MONTHS[month - 1] ?? '';
  return date.length === 7 ? `${name} ${year}` : `${day} ${name} ${year}`;
});
const dateLabelJa = remembered((date: string) => {
  const { year, month, day } = parts(date);
  return date.length === 7 ? monthLabelJa(date) : `${year}年${month}月${day}日`;
});

/** "2025-04-18" → "18 Apr 2025" (Japanese "2025年4月18日"); "2025-12" → "Dec 2025". */
export function dateLabel(date: string): string {
  return japanese() ? dateLabelJa(date) : dateLabelEn(date);
}

const DATE_OR_MONTH = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * A release by its date where its id is one ("2025-04-18" → "18 Apr 2025", "2025-12" → "Dec 2025"),
 * else its id as it is: an uploaded table may name its releases otherwise.
 */
export function releaseLabel(release: string): string {
  return DATE_OR_MONTH.test(release) ? dateLabel(release) : release;
}

/** A release row by its own date where it has one, else by its id (releaseLabel). */
export function releaseRowLabel(row: { release_id: string; release_date: string | null }): string {
  return releaseLabel(row.release_date ?? row.release_id);
}

const isPartialPeriod = remembered((period: string) => {
  const [start = '', end = ''] = period.split('/');
  const first = parts(start);
  const last = parts(end);
  return first.day !== 1 || last.day !== daysInMonth(last.year, last.month);
});

/** True when a period does not cover its whole month (the FSA's "1-16 April"). */
export function isPartialMonth(start: string | null, end: string | null): boolean {
  if (!start || !end) return false;
  return isPartialPeriod(`${start}/${end}`);
}

function periodLabelIn(ja: boolean) {
  return remembered((period: string) => {
    const [start = '', end = ''] = period.split('/');
    const first = parts(start);
    const last = parts(end);
    if (first.year === last.year && first.month === last.month) {
      if (ja) return `${last.year}年${last.month}月${first.day}日〜${last.day}日`;
      return `${first.day}–${last.day} ${MONTHS[last.month - 1]} ${last.year}`;
    }
    if (ja) return `${dateLabelJa(start)}〜${dateLabelJa(end)}`;
    return `${dateLabelEn(start)} – ${dateLabelEn(end)}`;
  });
}
const periodLabelEn = periodLabelIn(false);
const periodLabelJa = periodLabelIn(true);

/** "2025-04-01".."2025-04-16" → "1–16 Apr 2025"; spans across months name both. */
export function periodLabel(start: string, end: string): string {
  return (japanese() ? periodLabelJa : periodLabelEn)(`${start}/${end}`);
}

/** Milliseconds since the epoch at midnight UTC of an ISO date or month. */
export const utcTime = remembered((isoDateOrMonth: string): number => {
  const { year, month, day } = parts(isoDateOrMonth);
  return Date.UTC(year, month - 1, day);
});

/** A month's name, or its exact days when the figure covers only part of it. */
export function monthOrPeriod(month: string, start: string | null, end: string | null): string {
  return start && end && isPartialMonth(start, end) ? periodLabel(start, end) : monthLabel(month);
}
