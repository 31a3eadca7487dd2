import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** Everything a page did that a test may want to check. */
export interface PageRecord {
  page: Page;
  baseUrl: string;
  requests: Request[];
  consoleErrors: string[];
}

export interface OpenOptions {
  /** Runs before navigation: routes, init scripts. */
  prepare?: (page: Page) => Promise<unknown>;
  javaScriptEnabled?: boolean;
  /** The browser's language (navigator.languages), as a reader's settings give it. */
  locale?: string;
  /** Resolve once the page has started loading instead of waiting for its load event. */
  waitUntil?: 'load' | 'commit';
  /** A phone's screen: this width, touch input. */
  phone?: { width: number };
}

/** One Chromium per test file; each call to open() gets a fresh page that records its traffic. */
export function usePages(): {
  open: (query?: string, options?: OpenOptions) => Promise<PageRecord>;
} {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (query = '', options = {}) => {
      if (!browser) throw new Error('Chromium is not running');
      const baseUrl = inject('baseUrl');
      // A context of its own (axe-core needs one made with newContext), closed with its page.
      const context = await browser.newContext({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.phone
          ? { viewport: { width: options.phone.width, height: 720 }, hasTouch: true }
          : {}),
      });
      const page = await context.newPage();
      // The browser may be closing already (end of the file): nothing is left to close then.
      page.on('close', () => void context.close().catch(() => {}));
      const record: PageRecord = { page, baseUrl, requests: [], consoleErrors: [] };
      page.on('request', (request) => record.requests.push(request));
      page.on('console', (message) => {
        if (message.type() === 'error') record.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => record.consoleErrors.push(error.message));
      await options.prepare?.(page);
      await page.goto(baseUrl + query, { waitUntil: options.waitUntil ?? 'load' });
      // The page arrives drawn and its code follows: its controls work once it is hydrated.
      if ((options.javaScriptEnabled ?? true) && options.waitUntil !== 'commit')
        await page.waitForSelector('html[data-interactive]', { state: 'attached' });
      return record;
    },
  };
}

/** Waits until DuckDB has loaded in the page and the charts show what it returned. */
export async function waitForLiveCharts(page: Page): Promise<void> {
  await page.waitForSelector('[data-status="duckdb"][data-state="ready"]', { timeout: 90_000 });
  await page.waitForSelector('main[data-figures="live"]');
  for (const id of ['monthly-counts', 'yen-amounts', 'brokers', 'stocks']) {
    await page.waitForSelector(
      `figure[data-chart="${id}"][data-state="ready"]:not([aria-busy="true"])`,
    );
  }
}

/**
 * Waits until no section lags the page: one far from the screen redraws after the frame that
 * shows a change (SectionGate).
 */
export async function waitForSectionsCaughtUp(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.lazy-section[data-behind]'));
}

/** Holds every wasm download (including the worker's) until release() is called. */
export async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.context().route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}
