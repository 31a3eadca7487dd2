import type { CellReason } from '$lib/upload/upload-message';
import { daysInMonth, isoDate } from './calendar';
import { ERAS, eraYear, type EraName } from './era';

/**
 * Why an era date lies outside its era, or null when it is inside. With `day` null the whole
 * month is meant, and it is inside when any of its days is.
 */
export function eraSpanProblem(
  eraName: EraName,
  year: number,
  month: number,
  day: number | null,
): CellReason | null {
  const era = ERAS[eraName];
  const gregorian = eraYear(eraName, year);
  const earliest = isoDate(gregorian, month, day ?? daysInMonth(gregorian, month));
  const latest = isoDate(gregorian, month, day ?? 1);
  const written = `${era.kanji}${year}年${month}月${day === null ? '' : `${day}日`}`;
  if (earliest < era.first) {
    return { code: 'date-before-era', written, era: eraName, first: era.first };
  }
  if (era.last !== null && latest > era.last) {
    return { code: 'date-after-era', written, era: eraName, last: era.last };
  }
  return null;
}
