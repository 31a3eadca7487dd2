import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { waitForLiveCharts } from '../../tests/support/page-session';
import { sampleHeap } from './heap-sampler';

export interface UploadRun {
  /** From choosing the file to the mapping form. */
  sniffMs: number;
  /** From confirming the mapping to the upload's charts drawn. */
  loadMs: number;
  /** The two together: everything but the reader's own pause. */
  totalMs: number;
  longestTaskMs: number;
  longTasksOver200: number;
  peakPageHeapBytes: number;
  peakHeapBytes: number;
  rowsLoaded: number;
}

export interface BaselineRun {
  parseMs: number;
  longestTaskMs: number;
  peakHeapBytes: number;
  rows: number;
}

/** Records the page's long tasks from the moment it starts, in its own clock. */
const LONG_TASKS = `(() => {
  const tasks = [];
  window.__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

/** A string, not a function: tsx would wrap a function's inner names in a helper of its own. */
const PARSE_IN_PAGE = `new Promise((resolve) => {
  const file = document.querySelector('input').files[0];
  const start = performance.now();
  Papa.parse(file, {
    header: true,
    skipEmptyLines: true,
    complete: (parsed) => resolve({ start, parseMs: performance.now() - start, rows: parsed.data.length }),
  });
})`;

const PAPAPARSE = createRequire(import.meta.url).resolve('papaparse/papaparse.min.js');
const CHART_READY = 'figure[data-chart="upload-incidents-month"][data-state="ready"]';
const now = (page: Page) => page.evaluate<number>('performance.now()');

async function longTasksSince(page: Page, since: number) {
  const tasks =
    await page.evaluate<{ start: number; duration: number }[]>('window.__benchLongTasks');
  const during = tasks.filter((task) => task.start >= since);
  return {
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasksOver200: during.filter((task) => task.duration > 200).length,
  };
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  const collectGarbage = async () =>
    (await context.newCDPSession(page)).send('HeapProfiler.collectGarbage');
  return { context, page, collectGarbage };
}

/** Uploads `file` into the production build at `url`: from choosing it to its charts drawn. */
export async function measureUpload(browser: Browser, url: string, file: string) {
  const { context, page, collectGarbage } = await freshPage(browser);
  await page.goto(url);
  await waitForLiveCharts(page);
  await collectGarbage();
  const stopHeap = await sampleHeap(browser);
  try {
    const start = await now(page);
    await page.setInputFiles('input[type="file"][data-action="upload"]', file);
    await page.waitForSelector('[data-action="confirm-upload"]', { timeout: 120_000 });
    const sniffed = await now(page);
    const confirmed = await page.evaluate<number>(`(() => {
      document.querySelector('[data-action="confirm-upload"]').click();
      return performance.now();
    })()`);
    await page.waitForSelector(CHART_READY, { timeout: 300_000 });
    const drawn = await now(page);
    const heap = await stopHeap();
    const rowsLoaded = await page.getAttribute(
      '[data-report="upload"] [data-rows-loaded]',
      'data-rows-loaded',
    );
    const run: UploadRun = {
      sniffMs: sniffed - start,
      loadMs: drawn - confirmed,
      totalMs: sniffed - start + (drawn - confirmed),
      ...(await longTasksSince(page, start)),
      peakPageHeapBytes: heap.pageBytes,
      peakHeapBytes: heap.allBytes,
      rowsLoaded: Number(rowsLoaded),
    };
    return run;
  } finally {
    await stopHeap();
    await context.close();
  }
}

/**
 * The baseline: the same file parsed into JavaScript objects by papaparse on the page's thread,
 * as a loader that does not go straight into DuckDB would start (before storing anything).
 */
export async function measureBaseline(browser: Browser, file: string): Promise<BaselineRun> {
  const { context, page, collectGarbage } = await freshPage(browser);
  await page.setContent('<input type="file">');
  await page.addScriptTag({ path: PAPAPARSE });
  await page.setInputFiles('input', file);
  await collectGarbage();
  const stopHeap = await sampleHeap(browser);
  try {
    const result = await page.evaluate<{ start: number; parseMs: number; rows: number }>(
      PARSE_IN_PAGE,
    );
    const heap = await stopHeap();
    return {
      parseMs: result.parseMs,
      longestTaskMs: (await longTasksSince(page, result.start)).longestTaskMs,
      peakHeapBytes: heap.allBytes,
      rows: result.rows,
    };
  } finally {
    await stopHeap();
    await context.close();
  }
}
