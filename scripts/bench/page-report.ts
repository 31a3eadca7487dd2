import { buildBytesMarkdown, type BuildBytes } from './build-bytes';
import type { LighthouseScores } from './lighthouse-scores';
import type { PageRun } from './measure-page';
import { summarise, type Summary } from './stats';
import {
  dataSaverMarkdown,
  dataSaverTarget,
  elementsMarkdown,
  previousMarkdown,
  type DataSaverFigures,
  type PageElements,
  type PreviousBuildFigures,
} from './previous-report';

/** The prerendered pages measured in one run, each against the same naive variant. */
export const MEASURED_PAGES = [
  { id: 'en', path: '', label: 'prerendered page (this build)', short: 'English page' },
  { id: 'ja', path: 'ja/', label: 'Japanese page, ja/ (this build)', short: 'Japanese page (ja/)' },
] as const;
export type PageId = (typeof MEASURED_PAGES)[number]['id'];
const pageOf = (id: PageId) => MEASURED_PAGES.find((page) => page.id === id) ?? MEASURED_PAGES[0];

export function summariseRuns(runs: PageRun[]) {
  return {
    firstChartMs: summarise(runs.map((run) => run.firstChartMs)),
    duckdbReadyMs: summarise(runs.map((run) => run.duckdbReadyMs)),
    bytesBeforeFirstChart: summarise(runs.map((run) => run.bytesBeforeFirstChart)),
    totalBytes: summarise(runs.map((run) => run.totalBytes)),
    releaseChangeMs: summarise(runs.flatMap((run) => run.releaseChangeMs)),
    filterChangeMs: summarise(runs.flatMap((run) => run.filterChangeMs)),
    filterFrameMs: summarise(runs.flatMap((run) => run.filterFrameMs)),
    /** Each run's first release change comes just after DuckDB is ready; the rest follow it. */
    firstReleaseChangeMs: summarise(runs.flatMap((run) => run.releaseChangeMs.slice(0, 1))),
    releaseAfterFirstMs: summarise(runs.flatMap((run) => run.releaseChangeMs.slice(1))),
    revisionMonthMs: summarise(runs.flatMap((run) => run.revisionMonthMs)),
    releaseSettledAfterFirstMs: summarise(runs.flatMap((run) => run.releaseSettledMs.slice(1))),
    filterSettledMs: summarise(runs.flatMap((run) => run.filterSettledMs)),
  };
}
export type RunSummary = ReturnType<typeof summariseRuns>;

/** One page's figures; `summary` is null when the build has no such page. */
export interface MeasuredPage {
  id: PageId;
  summary: RunSummary | null;
  lighthouse: LighthouseScores[];
}

const fmt = (value: number, unit: string) =>
  unit === 'KB'
    ? `${(value / 1024).toFixed(1)} KB`
    : `${value.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`;
const row = (label: string, summary: Summary, unit: string) =>
  `| ${label} | ${fmt(summary.min, unit)} | ${fmt(summary.median, unit)} | ${fmt(summary.max, unit)} |`;

function pageTable(title: string, pre: RunSummary) {
  return [
    `| ${title} | min | median | max |`,
    '| --- | --- | --- | --- |',
    row('First chart painted (from navigation start)', pre.firstChartMs, 'ms'),
    row('DuckDB ready (loaded with the data)', pre.duckdbReadyMs, 'ms'),
    row('Transferred before the first chart', pre.bytesBeforeFirstChart, 'KB'),
    row('Transferred in all', pre.totalBytes, 'KB'),
    row('Release change to redrawn chart', pre.releaseChangeMs, 'ms'),
    row('First release change after DuckDB is ready', pre.firstReleaseChangeMs, 'ms'),
    row('Release change after the first', pre.releaseAfterFirstMs, 'ms'),
    row(
      'Release change after the first, until every section shows it',
      pre.releaseSettledAfterFirstMs,
      'ms',
    ),
    row('Revision month change to redrawn chart', pre.revisionMonthMs, 'ms'),
    row('Month filter change to updated, laid-out charts', pre.filterChangeMs, 'ms'),
    row('Month filter change until every section shows it', pre.filterSettledMs, 'ms'),
    row(
      'Month filter change to the next frame (includes the wait for it)',
      pre.filterFrameMs,
      'ms',
    ),
    '',
  ];
}

const scores = (lighthouse: LighthouseScores[], key: 'performance' | 'accessibility') =>
  summarise(lighthouse.map((run) => run[key]));
const blockingTime = (lighthouse: LighthouseScores[]) =>
  summarise(lighthouse.map((run) => run.metrics.totalBlockingTimeMs ?? Number.NaN));

/** The targets every prerendered page must meet, and the root page's own further ones. */
function pageTargets(
  page: MeasuredPage,
  naive: RunSummary,
  previous: RunSummary | null,
): [string, boolean][] {
  const meta = pageOf(page.id);
  const prefix = page.id === 'en' ? '' : `${meta.short}: `;
  const pre = page.summary;
  if (!pre) return [[`${meta.short} measured (the build has no ${meta.path}index.html)`, false]];
  const ratio = naive.firstChartMs.median / pre.firstChartMs.median;
  const targets: [string, boolean][] = [
    [`${prefix}First chart painted, median ≤ 150 ms`, pre.firstChartMs.median <= 150],
    [`${prefix}First chart ≥ 10× sooner than the naive variant`, ratio >= 10],
    [
      `${prefix}≤ 100 KB (compressed) before the first chart`,
      pre.bytesBeforeFirstChart.median <= 100 * 1024,
    ],
  ];
  if (page.id === 'en') {
    targets.push(
      [
        'First release change after DuckDB is ready, median ≤ 50 ms',
        pre.firstReleaseChangeMs.median <= 50,
      ],
      ['Release change after the first, median ≤ 16 ms', pre.releaseAfterFirstMs.median <= 16],
      ['Filter update to updated, laid-out charts, median ≤ 8 ms', pre.filterChangeMs.median <= 8],
      ['Revision month change, median ≤ 16 ms', pre.revisionMonthMs.median <= 16],
    );
    if (previous)
      targets.push([
        'Filter update at most half of the previous build’s (median)',
        pre.filterChangeMs.median <= previous.filterChangeMs.median / 2,
      ]);
  }
  targets.push(
    [
      `${prefix}Lighthouse performance ≥ 98 (median)`,
      scores(page.lighthouse, 'performance').median >= 98,
    ],
    [
      `${prefix}Lighthouse total blocking time ≤ 100 ms (median)`,
      page.lighthouse.length > 0 && blockingTime(page.lighthouse).median <= 100,
    ],
    [
      `${prefix}Lighthouse accessibility = 100 (every run)`,
      page.lighthouse.length > 0 && scores(page.lighthouse, 'accessibility').min === 100,
    ],
  );
  return targets;
}

export function pageReport(options: {
  intro: string;
  pages: MeasuredPage[];
  naive: RunSummary;
  bytes: BuildBytes;
  /** The previous build, measured in the same run with the same probes (previous-report.ts). */
  previous?: PreviousBuildFigures;
  /** Elements in each prerendered page, this build's and the previous build's. */
  elements?: PageElements[];
  /** A page view with a data saver on and no interaction. */
  dataSaver?: DataSaverFigures;
}) {
  const { pages, naive } = options;
  const previous = options.previous?.summary ?? null;
  const lines = [options.intro, ''];
  for (const page of pages) {
    const meta = pageOf(page.id);
    if (page.summary) lines.push(...pageTable(meta.label, page.summary));
    else
      lines.push(
        `${meta.short}: **not measured**, the build has no \`${meta.path}index.html\`.`,
        '',
      );
  }
  lines.push(
    '| naive variant (waits for DuckDB before drawing) | min | median | max |',
    '| --- | --- | --- | --- |',
    row('First chart painted', naive.firstChartMs, 'ms'),
    row('DuckDB ready', naive.duckdbReadyMs, 'ms'),
    row('Transferred before the first chart', naive.bytesBeforeFirstChart, 'KB'),
    '',
  );
  for (const page of pages) {
    if (!page.summary) continue;
    const ratio = naive.firstChartMs.median / page.summary.firstChartMs.median;
    const name = page.id === 'en' ? 'prerendered' : pageOf(page.id).short;
    lines.push(
      `First chart painted: naive median / ${name} median = **${ratio.toFixed(1)}×**.`,
      '',
    );
  }
  for (const { id, lighthouse } of pages) {
    if (lighthouse.length === 0) continue;
    const where = id === 'en' ? '' : ` on the ${pageOf(id).short}`;
    lines.push(
      `Lighthouse ${lighthouse.length} runs${where} (mobile, simulated throttling): performance ${lighthouse.map((s) => s.performance).join(', ')} (median ${scores(lighthouse, 'performance').median}); total blocking time ${lighthouse.map((s) => `${Math.round(s.metrics.totalBlockingTimeMs ?? Number.NaN)} ms`).join(', ')} (median ${Math.round(blockingTime(lighthouse).median)} ms); accessibility ${lighthouse.map((s) => s.accessibility).join(', ')}.`,
      '',
    );
  }
  const english = pages.find((page) => page.id === 'en')?.summary ?? null;
  if (options.previous && english) lines.push(...previousMarkdown(english, options.previous), '');
  if (options.elements) lines.push(...elementsMarkdown(options.elements), '');
  if (options.dataSaver) lines.push(...dataSaverMarkdown(options.dataSaver), '');
  lines.push(...buildBytesMarkdown(options.bytes), '');
  const targets = pages.flatMap((page) => pageTargets(page, naive, previous));
  if (options.dataSaver) targets.push(dataSaverTarget(options.dataSaver));
  lines.push(
    '| target | met |',
    '| --- | --- |',
    ...targets.map(([target, met]) => `| ${target} | ${met ? 'yes' : '**no**'} |`),
  );
  return { markdown: lines.join('\n'), targets };
}
