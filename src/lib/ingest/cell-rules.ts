import type { ColumnKind, ColumnSpec } from '$lib/schema';

const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An http(s) address a browser can parse. */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

type Rule = (text: string, column: ColumnSpec) => string | null;

const RULES: Record<ColumnKind, Rule> = {
  text: () => null,
  url: (text) =>
    isWebAddress(text) ? null : 'must be a web address starting with http:// or https://',
  date: (text) => (isCalendarDate(text) ? null : 'must be a calendar date written YYYY-MM-DD'),
  month: (text) => (ISO_MONTH.test(text) ? null : 'must be a month written YYYY-MM'),
  release_id: (text) =>
    isCalendarDate(text) || ISO_MONTH.test(text)
      ? null
      : 'must be a release date written YYYY-MM-DD, or YYYY-MM where only the month is known',
  count: (text) =>
    WHOLE_NUMBER.test(text)
      ? null
      : 'must be a whole number of 0 or more, digits only (no separators, signs or spaces)',
  oku_yen: (text) =>
    DECIMAL.test(text)
      ? null
      : 'must be a number of 0 or more in 億円, digits and one decimal point only',
  enum: (text, column) =>
    column.values?.includes(text) ? null : `must be one of: ${(column.values ?? []).join(', ')}`,
};

/** Why a cell breaks its column's rule, or null when it is valid. An empty cell means "not published". */
export function cellProblem(text: string, column: ColumnSpec): string | null {
  if (text === '') return column.required ? 'is required and may not be empty' : null;
  return RULES[column.kind](text, column);
}
