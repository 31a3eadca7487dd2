import type { RunSummary } from './page-report';
import type { Summary } from './stats';

/** The previous build's figures, measured in the same run with the same probes. */
export interface PreviousBuildFigures {
  commit: string;
  summary: RunSummary;
}

/** Elements in one prerendered page (dom-nodes.ts); null where a build has no such page. */
export interface PageElements {
  label: string;
  current: number | null;
  previous: number | null;
}

/** Bytes over the wire for a page view with a data saver on and no interaction. */
export interface DataSaverFigures {
  bytes: Summary;
}

const DATA_SAVER_LIMIT = 150 * 1024;

type Timing =
  | 'firstChartMs'
  | 'filterChangeMs'
  | 'firstReleaseChangeMs'
  | 'releaseAfterFirstMs'
  | 'revisionMonthMs'
  | 'releaseSettledAfterFirstMs'
  | 'filterSettledMs';

/** Each compared figure, its target as words, and whether a median meets it (null: no target). */
const COMPARED: {
  key: Timing;
  label: string;
  target: string;
  met: ((median: number, previous: number) => boolean) | null;
}[] = [
  {
    key: 'firstChartMs',
    label: 'First chart painted',
    target: '≤ 150 ms',
    met: (median) => median <= 150,
  },
  {
    key: 'filterChangeMs',
    label: 'Month filter change to updated, laid-out charts',
    target: '≤ 8 ms and ≤ ½ previous',
    met: (median, previous) => median <= 8 && median <= previous / 2,
  },
  {
    key: 'firstReleaseChangeMs',
    label: 'First release change after DuckDB is ready',
    target: '≤ 50 ms',
    met: (median) => median <= 50,
  },
  {
    key: 'releaseAfterFirstMs',
    label: 'Release change after the first',
    target: '≤ 16 ms',
    met: (median) => median <= 16,
  },
  {
    key: 'revisionMonthMs',
    label: 'Revision month change to redrawn chart',
    target: '≤ 16 ms',
    met: (median) => median <= 16,
  },
  {
    key: 'filterSettledMs',
    label: 'Month filter change until every section shows it',
    target: 'none (sections far from the screen redraw after the frame)',
    met: null,
  },
  {
    key: 'releaseSettledAfterFirstMs',
    label: 'Release change after the first, until every section shows it',
    target: 'none (as above)',
    met: null,
  },
];

const ms = (value: number) => `${value.toFixed(1)} ms`;
const yesNo = (met: boolean) => (met ? 'yes' : '**no**');

/** This build's English page beside the previous build's page: medians, ratio, target. */
export function previousMarkdown(current: RunSummary, previous: PreviousBuildFigures): string[] {
  const { commit, summary } = previous;
  return [
    `| English page, medians | this build | previous build (${commit}) | this / previous | target | met |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...COMPARED.map(({ key, label, target, met }) => {
      const now = current[key].median;
      const before = summary[key].median;
      const verdict = met ? yesNo(met(now, before)) : '—';
      return `| ${label} | ${ms(now)} | ${ms(before)} | ${(now / before).toFixed(2)}× | ${target} | ${verdict} |`;
    }),
  ];
}

const count = (value: number | null) => (value === null ? 'missing' : value.toLocaleString('en'));

export function elementsMarkdown(pages: PageElements[]): string[] {
  return [
    '| prerendered page, elements before any script runs | this build | previous build |',
    '| --- | --- | --- |',
    ...pages.map(
      ({ label, current, previous }) => `| ${label} | ${count(current)} | ${count(previous)} |`,
    ),
  ];
}

export function dataSaverTarget({ bytes }: DataSaverFigures): [string, boolean] {
  return [
    'With a data saver on, a page view without interaction transfers ≤ 150 KB (median)',
    bytes.median <= DATA_SAVER_LIMIT,
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function dataSaverMarkdown(figures: DataSaverFigures): string[] {
  const { bytes } = figures;
  return [
    `| data saver on, page view without interaction (${bytes.runs} runs) | min | median | max | target | met |`,
    '| --- | --- | --- | --- | --- | --- |',
    `| Transferred in all (compressed, headers included) | ${kb(bytes.min)} | ${kb(bytes.median)} | ${kb(bytes.max)} | ≤ 150 KB | ${yesNo(dataSaverTarget(figures)[1])} |`,
  ];
}
