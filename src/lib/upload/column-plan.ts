import type { ColumnSpec } from '$lib/schema';
import type { CheckKind } from './check-kinds';
import type { AmountUnit } from './types';

/** One column of the table an upload becomes: where its text comes from and what it must hold. */
export interface PlannedColumn {
  /** The column's name in DuckDB: the target column's name, or the file's own header. */
  readonly name: string;
  /** What the report calls it: the file's header as written (or the target's name for a constant). */
  readonly label: string;
  /** Index of the file's column, or null when every row takes `constant` or `fromMonth`. */
  readonly source: number | null;
  readonly constant: string | null;
  /** The first or last day of the row's month, for a table read as whole months. */
  readonly fromMonth: MonthEdge | null;
  readonly kind: CheckKind;
  readonly required: boolean;
  readonly unit: AmountUnit | null;
  readonly values: readonly string[];
}

export type MonthEdge = 'first-day' | 'last-day';

export function plannedFromSpec(
  spec: ColumnSpec,
  label: string,
  from:
    { source: number; unit: AmountUnit | null } | { constant: string } | { fromMonth: MonthEdge },
): PlannedColumn {
  return {
    name: spec.name,
    label,
    source: 'source' in from ? from.source : null,
    constant: 'constant' in from ? from.constant : null,
    fromMonth: 'fromMonth' in from ? from.fromMonth : null,
    kind: spec.kind,
    required: spec.required,
    unit: 'source' in from ? from.unit : null,
    values: spec.values ?? [],
  };
}

/** A column no table claims, kept under its own header with the type its values showed. */
export function plannedFree(header: string, source: number, kind: CheckKind): PlannedColumn {
  return {
    name: header,
    label: header,
    source,
    constant: null,
    fromMonth: null,
    kind,
    required: false,
    unit: null,
    values: [],
  };
}

/** The raw staging table's column holding the file's column `index` as text. */
export const rawColumn = (index: number) => `c${index + 1}`;
