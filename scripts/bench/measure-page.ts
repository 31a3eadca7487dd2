import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

const PROBE = readFileSync(path.join(import.meta.dirname, 'page-probe.js'), 'utf8');

export interface PageRun {
  firstChartMs: number;
  duckdbReadyMs: number;
  bytesBeforeFirstChart: number;
  totalBytes: number;
  releaseChangeMs: number[];
}

/**
 * The first chart counts as painted at the later of its frame and first-contentful-paint; bytes
 * before it are the page's and every resource's transfer sizes that finished by then.
 */
const PAINT_AND_BYTES = `(() => {
  const marks = window.__benchMarks;
  const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const chartAt = Math.max(marks.firstChart, paint);
  const navigation = performance.getEntriesByType('navigation')[0];
  const before = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= chartAt);
  const bytes = navigation.transferSize + before.reduce((sum, entry) => sum + entry.transferSize, 0);
  return { firstChart: chartAt, duckdbReady: marks.duckdbReady, bytesBeforeFirstChart: bytes };
})()`;

/** Times one release change in the page (see page-probe.js). */
function timeReleaseChange(page: Page, release: string, shows: string): Promise<number> {
  return page.evaluate(
    `window.__benchReleaseChange(${JSON.stringify(release)}, ${JSON.stringify(shows)})`,
  );
}

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
  let totalBytes = 0;
  const sizes: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((size) => {
        totalBytes += size.responseBodySize + size.responseHeadersSize;
      }),
    );
  });
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
  const { firstChart, duckdbReady, bytesBeforeFirstChart } = await page.evaluate<{
    firstChart: number;
    duckdbReady: number;
    bytesBeforeFirstChart: number;
  }>(PAINT_AND_BYTES);
  const releaseChangeMs: number[] = [];
  for (const release of [...releases, '']) {
    releaseChangeMs.push(await timeReleaseChange(page, release, SHOWING(release)));
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  await context.close();
  return {
    firstChartMs: firstChart,
    duckdbReadyMs: duckdbReady,
    bytesBeforeFirstChart,
    totalBytes,
    releaseChangeMs,
  };
}
