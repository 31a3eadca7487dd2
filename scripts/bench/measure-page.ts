import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { measureRevisionMonths } from './revision-month';

const PROBE = readFileSync(path.join(import.meta.dirname, 'page-probe.js'), 'utf8');

export interface PageRun {
  firstChartMs: number;
  duckdbReadyMs: number;
  bytesBeforeFirstChart: number;
  totalBytes: number;
  releaseChangeMs: number[];
  filterChangeMs: number[];
  /** The same, to the next frame after the update: includes waiting for that frame. */
  filterFrameMs: number[];
  /** Changes of the revision history's month, to the frame that shows it (revision-month.ts). */
  revisionMonthMs: number[];
  /** The release changes again, until every section shows the release, laid out. */
  releaseSettledMs: number[];
  /** The laid-out filter changes again, until every section shows them. */
  filterSettledMs: number[];
}

/**
 * The first chart counts as painted at the later of its frame and first-contentful-paint, as
 * wall-clock time in the browser (to compare with network timings).
 */
const FIRST_CHART_AT = `(() => {
  const marks = window.__benchMarks;
  const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const chartAt = Math.max(marks.firstChart, paint);
  return { firstChart: chartAt, firstChartEpoch: performance.timeOrigin + chartAt, duckdbReady: marks.duckdbReady };
})()`;

interface Transfer {
  /** When the response finished, in the browser's wall-clock milliseconds. */
  endEpoch: number;
  bytes: number;
}

/**
 * Times one change of a select in the page, to the frame that shows `shows`, and until every
 * section shows it (page-probe.js): a section far from the screen redraws after that frame.
 */
function timeChange(
  page: Page,
  control: string,
  value: string,
  shows: string,
  until: 'frame' | 'layout',
): Promise<{ shown: number; settled: number }> {
  const args = [control, value, shows, until].map((arg) => JSON.stringify(arg)).join(', ');
  return page.evaluate(`window.__benchChangeSettled(${args})`);
}

const RELEASE = 'select[data-control="release"]';
const MONTH_FROM = 'select[data-control="month-from"]';
const YEN = 'figure[data-chart="yen-amounts"] svg.chart-svg';
/** Filtering from March leaves February out of the amounts chart; clearing brings January back. */
const FILTERS = [
  { value: '2025-03', shows: `${YEN}:not(:has(g[data-month="2025-02"]))` },
  { value: '', shows: `${YEN} g[data-month="2025-01"]` },
];
const FILTER_ROUNDS = 6;

/** The page shows `release` (or the latest figures) and is not waiting on a query. */
const SHOWING = (release: string) =>
  `main[data-figures="live"][data-release="${release || 'latest'}"] figure[data-chart="monthly-counts"]:not([aria-busy="true"])`;

/**
 * Loads the page once in a fresh context (empty cache) and measures it, then shows each of
 * `releases` once (so nothing is cached) and the latest figures again.
 */
export async function measurePage(
  browser: Browser,
  url: string,
  releases: readonly string[],
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  // Every request, the worker's wasm download included, with its compressed size on the wire.
  const transfers: Promise<Transfer>[] = [];
  const recordTransfer = (request: Request) => {
    const timing = request.timing();
    transfers.push(
      request.sizes().then((size) => ({
        endEpoch: timing.startTime + Math.max(timing.responseEnd, 0),
        bytes: size.responseBodySize + size.responseHeadersSize,
      })),
    );
  };
  page.on('requestfinished', recordTransfer);
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __benchMarks: Record<string, number | null> })
        .__benchMarks;
      return marks.firstChart !== null && marks.duckdbReady !== null;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  await page.waitForSelector(SHOWING(''));
  const { firstChart, firstChartEpoch, duckdbReady } = await page.evaluate<{
    firstChart: number;
    firstChartEpoch: number;
    duckdbReady: number;
  }>(FIRST_CHART_AT);
  const releaseChangeMs: number[] = [];
  const releaseSettledMs: number[] = [];
  for (const release of [...releases, '']) {
    const { shown, settled } = await timeChange(page, RELEASE, release, SHOWING(release), 'frame');
    releaseChangeMs.push(shown);
    releaseSettledMs.push(settled);
  }
  const filterChangeMs: number[] = [];
  const filterFrameMs: number[] = [];
  const filterSettledMs: number[] = [];
  for (let round = 0; round < FILTER_ROUNDS; round += 1) {
    for (const { value, shows } of FILTERS) {
      filterFrameMs.push((await timeChange(page, MONTH_FROM, value, shows, 'frame')).shown);
    }
    for (const { value, shows } of FILTERS) {
      const { shown, settled } = await timeChange(page, MONTH_FROM, value, shows, 'layout');
      filterChangeMs.push(shown);
      filterSettledMs.push(settled);
    }
  }
  const revisionMonthMs = await measureRevisionMonths(page);
  await page.waitForLoadState('networkidle');
  // Stop counting first: a request that finished after this would be asked for its size once the
  // context is closed, and fail.
  page.off('requestfinished', recordTransfer);
  const finished = await Promise.all(transfers);
  await context.close();
  const bytesBeforeFirstChart = finished
    .filter((transfer) => transfer.endEpoch <= firstChartEpoch)
    .reduce((sum, transfer) => sum + transfer.bytes, 0);
  const totalBytes = finished.reduce((sum, transfer) => sum + transfer.bytes, 0);
  return {
    firstChartMs: firstChart,
    duckdbReadyMs: duckdbReady,
    bytesBeforeFirstChart,
    totalBytes,
    releaseChangeMs,
    filterChangeMs,
    filterFrameMs,
    revisionMonthMs,
    releaseSettledMs,
    filterSettledMs,
  };
}
