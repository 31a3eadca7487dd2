import {
  normaliseCount,
  normaliseDate,
  normaliseMonth,
  normaliseNumber,
  normaliseOkuYen,
} from '$lib/ingest/normalise';
import type { ColumnKind } from '$lib/schema';
import { sqlString } from '$lib/db/sql-literal';
import type { AmountUnit, Normalised } from './types';
import { messageJson, type CellReason } from './upload-message';

/** What a column of an upload must hold: a schema kind, or for a free table a plain number. */
export type CheckKind = ColumnKind | 'number';

export type NormalisedText = Normalised<string | number>;

/**
 * How one kind of column is checked. Values already written the canonical way (`plain`) are cast
 * by DuckDB itself, which is what keeps a million rows fast; every other value goes once, per
 * distinct text, through the normaliser, and DuckDB joins the result back.
 */
export interface KindCheck {
  readonly sqlType: 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'DATE';
  /** An RE2 pattern for values that need no normalising, or null when every value is plain. */
  readonly plain: string | null;
  /** SQL turning a plain value (the expression `text`) into the column's type. */
  readonly castPlain: (text: string) => string;
  /** SQL giving why a typed value breaks the column's rule (a message as JSON), or NULL. */
  readonly valueProblem: (value: string) => string;
  readonly normalise: ((text: string) => NormalisedText) | null;
}

/** A reason as the SQL literal of its JSON text. */
export const reasonSql = (reason: CellReason) => sqlString(messageJson(reason));

const NO_PROBLEM = () => 'NULL::VARCHAR';
const NOT_NEGATIVE = (value: string) =>
  `CASE WHEN ${value} < 0 THEN ${reasonSql({ code: 'amount-negative' })} END`;
const NOT_A_CALENDAR_DATE = (value: string) =>
  `CASE WHEN ${value} IS NULL THEN ${reasonSql({ code: 'not-a-calendar-date' })} END`;

const OKU_DIVISOR: Record<AmountUnit, string> = { oku_yen: '1', man_yen: '1e4', yen: '1e8' };

function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}

function dateOrMonth(text: string): NormalisedText {
  const date = normaliseDate(text);
  if (date.ok) return date;
  const month = normaliseMonth(text);
  return month.ok ? month : date;
}

/** The check for a column of `kind`; `unit` says what a plain amount is written in. */
export function kindCheck(
  kind: CheckKind,
  unit: AmountUnit | null,
  values: readonly string[] = [],
): KindCheck {
  switch (kind) {
    case 'text':
      return {
        sqlType: 'VARCHAR',
        plain: null,
        castPlain: (text) => text,
        valueProblem: NO_PROBLEM,
        normalise: null,
      };
    case 'url':
      return {
        sqlType: 'VARCHAR',
        plain: null,
        castPlain: (text) => `trim(${text})`,
        valueProblem: (value) =>
          `CASE WHEN NOT regexp_full_match(${value}, 'https?://[^\\s]+') THEN ${reasonSql({ code: 'not-a-web-address' })} END`,
        normalise: null,
      };
    case 'enum':
      return {
        sqlType: 'VARCHAR',
        plain: null,
        castPlain: (text) => `trim(${text})`,
        valueProblem: (value) =>
          `CASE WHEN ${value} NOT IN (${sqlList(values)}) THEN ${reasonSql({ code: 'not-one-of', values })} END`,
        normalise: null,
      };
    case 'date':
      return {
        sqlType: 'DATE',
        plain: '\\d{4}-\\d{2}-\\d{2}',
        castPlain: (text) => `TRY_CAST(${text} AS DATE)`,
        valueProblem: NOT_A_CALENDAR_DATE,
        normalise: normaliseDate,
      };
    case 'month':
      return {
        sqlType: 'VARCHAR',
        plain: '\\d{4}-(0[1-9]|1[0-2])',
        castPlain: (text) => text,
        valueProblem: NO_PROBLEM,
        normalise: normaliseMonth,
      };
    case 'release_id':
      return {
        sqlType: 'VARCHAR',
        plain: '\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?',
        castPlain: (text) =>
          `CASE WHEN length(${text}) = 7 OR TRY_CAST(${text} AS DATE) IS NOT NULL THEN ${text} END`,
        valueProblem: NOT_A_CALENDAR_DATE,
        normalise: dateOrMonth,
      };
    case 'count':
      return {
        sqlType: 'BIGINT',
        plain: '\\d{1,15}',
        castPlain: (text) => `CAST(${text} AS BIGINT)`,
        valueProblem: NO_PROBLEM,
        normalise: normaliseCount,
      };
    case 'oku_yen': {
      const written = unit ?? 'oku_yen';
      return {
        sqlType: 'DOUBLE',
        plain: written === 'oku_yen' ? '\\d{1,15}(\\.\\d{1,12})?' : '\\d{1,15}',
        castPlain: (text) => `CAST(${text} AS DOUBLE) / ${OKU_DIVISOR[written]}`,
        valueProblem: NOT_NEGATIVE,
        normalise: (text) => normaliseOkuYen(text, written),
      };
    }
    case 'number':
      return {
        sqlType: 'DOUBLE',
        plain: '-?\\d{1,15}(\\.\\d{1,12})?',
        castPlain: (text) => `CAST(${text} AS DOUBLE)`,
        valueProblem: NO_PROBLEM,
        normalise: normaliseNumber,
      };
  }
}
