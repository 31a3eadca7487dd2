import type { TableSpec } from './column';
import { confidenceColumn, sourceUrlColumn } from './provenance.ts';

const OKU = '億円 (100 million yen), as published (約 rounded)';

export const fsaReleases = {
  name: 'fsa_releases',
  file: 'fsa_releases.csv',
  description: 'One row per FSA update of its warning page, with the running totals it stated',
  columns: [
    {
      name: 'release_id',
      kind: 'release_id',
      required: true,
      description: 'Update date (YYYY-MM-DD), or YYYY-MM where only the month is known',
    },
    {
      name: 'release_date',
      kind: 'date',
      required: false,
      description: 'Update date; empty where unknown',
    },
    {
      name: 'span_start',
      kind: 'date',
      required: true,
      description: 'First day covered by the running totals',
    },
    {
      name: 'span_end',
      kind: 'date',
      required: true,
      description: 'Last day covered by the running totals',
    },
    {
      name: 'firms_cumulative',
      kind: 'count',
      required: false,
      unit: 'firms',
      description: 'Firms with fraudulent trades reported so far',
    },
    {
      name: 'total_unauthorized_access',
      kind: 'count',
      required: false,
      unit: 'cases',
      description: 'Stated running total of unauthorized accesses (不正アクセス件数)',
    },
    {
      name: 'total_fraudulent_trades',
      kind: 'count',
      required: false,
      unit: 'cases',
      description: 'Stated running total of fraudulent trades (不正取引件数)',
    },
    {
      name: 'total_sell_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Stated running total of sell amounts (売却金額)',
    },
    {
      name: 'total_buy_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Stated running total of buy amounts (買付金額)',
    },
    {
      name: 'total_sell_buy_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Stated combined total, only where a combined figure was published',
    },
    confidenceColumn,
    sourceUrlColumn,
    { name: 'note', kind: 'text', required: false, description: 'How the figures were read' },
  ],
  key: ['release_id'],
} as const satisfies TableSpec;

export const fsaMonthly = {
  name: 'fsa_monthly',
  file: 'fsa_monthly.csv',
  description: 'One row per (release, month): the month as that release published it',
  columns: [
    {
      name: 'release_id',
      kind: 'release_id',
      required: true,
      description: 'The release that published these figures',
    },
    { name: 'month', kind: 'month', required: true, description: 'Month (YYYY-MM)' },
    { name: 'period_start', kind: 'date', required: true, description: 'First day covered' },
    {
      name: 'period_end',
      kind: 'date',
      required: true,
      description: 'Last day covered (2025-04 in the 2025-04-18 release ends on 16 April)',
    },
    {
      name: 'firms_with_fraud',
      kind: 'count',
      required: false,
      unit: 'firms',
      description: 'Firms with fraudulent trades in the month',
    },
    {
      name: 'unauthorized_access',
      kind: 'count',
      required: false,
      unit: 'cases',
      description: 'Unauthorized accesses (不正アクセス件数)',
    },
    {
      name: 'fraudulent_trades',
      kind: 'count',
      required: false,
      unit: 'cases',
      description: 'Fraudulent trades (不正取引件数)',
    },
    {
      name: 'sell_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Sell amount (売却金額); gross trade value, not customer losses',
    },
    {
      name: 'buy_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Buy amount (買付金額); gross trade value, not customer losses',
    },
    {
      name: 'sell_buy_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: OKU,
      description: 'Combined amount, only where the source published it',
    },
    confidenceColumn,
    sourceUrlColumn,
    { name: 'note', kind: 'text', required: false, description: 'Quotes and caveats' },
  ],
  key: ['release_id', 'month'],
  references: [{ column: 'release_id', table: 'fsa_releases', tableColumn: 'release_id' }],
} as const satisfies TableSpec;

type MonthlyColumn = (typeof fsaMonthly.columns)[number];
type MetricColumn = Extract<MonthlyColumn, { kind: 'count' | 'oku_yen' }>;

/** The per-month figures; each is revised independently by later releases. */
export type MonthlyMetric = MetricColumn['name'];
export const MONTHLY_METRICS: readonly MonthlyMetric[] = fsaMonthly.columns.flatMap((column) =>
  column.kind === 'count' || column.kind === 'oku_yen' ? [column.name] : [],
);
