import { TABLES } from '$lib/schema';
import type { brokers, events, fsaMonthly, fsaReleases, stocks } from '$lib/schema';
import { incidents } from '$lib/schema/incidents';

type Declared =
  | typeof fsaReleases
  | typeof fsaMonthly
  | typeof brokers
  | typeof stocks
  | typeof events
  | typeof incidents;

export type DeclaredTable = Declared['name'];

/** Every declared column, as "table.column": a translation must name each one. */
export type DeclaredColumn = {
  [T in Declared as T['name']]: `${T['name']}.${T['columns'][number]['name']}`;
}[DeclaredTable];

export type DeclaredUnit = Extract<Declared['columns'][number], { unit: string }>['unit'];

/** The tables' and columns' descriptions and units, in one language. */
export interface SchemaWords {
  table: (table: string) => string;
  column: (table: string, column: string) => string;
  unit: (unit: string) => string;
}

const SPECS = [...TABLES, incidents];

/** English is what the declarations say. */
export const schemaWords: SchemaWords = {
  table: (table) => SPECS.find((spec) => spec.name === table)?.description ?? '',
  column: (table, column) =>
    SPECS.find((spec) => spec.name === table)?.columns.find((spec) => spec.name === column)
      ?.description ?? '',
  unit: (unit) => unit,
};
