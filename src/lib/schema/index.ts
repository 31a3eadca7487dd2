import type { RowOf, TableSpec } from './column';
import { brokers, events, stocks } from './context-tables.ts';
import { fsaMonthly, fsaReleases } from './fsa-tables.ts';

export { brokers, events, stocks, fsaMonthly, fsaReleases };
export type { ColumnSpec, ColumnKind, TableSpec, RowOf } from './column';

/** The built-in dataset, in load order. */
export const TABLES: readonly TableSpec[] = [fsaReleases, fsaMonthly, brokers, stocks, events];

export type FsaReleaseRow = RowOf<typeof fsaReleases>;
export type FsaMonthlyRow = RowOf<typeof fsaMonthly>;
export type BrokerRow = RowOf<typeof brokers>;
export type StockRow = RowOf<typeof stocks>;
export type EventRow = RowOf<typeof events>;
