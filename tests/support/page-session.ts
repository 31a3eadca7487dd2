import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** Everything a page did that a test may want to check. */
export interface PageRecord {
  page: Page;
  baseUrl: string;
  requests: string[];
  consoleErrors: string[];
}

type Prepare = (page: Page) => Promise<unknown>;

/** One Chromium per test file; each call to open() gets a fresh page that records its traffic. */
export function usePages(): { open: (query?: string, prepare?: Prepare) => Promise<PageRecord> } {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: async (query = '', prepare?: Prepare) => {
      if (!browser) throw new Error('Chromium is not running');
      const baseUrl = inject('baseUrl');
      const page = await browser.newPage();
      const record: PageRecord = { page, baseUrl, requests: [], consoleErrors: [] };
      page.on('request', (request) => record.requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') record.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => record.consoleErrors.push(error.message));
      await prepare?.(page);
      await page.goto(baseUrl + query);
      return record;
    },
  };
}

export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector('[data-status="duckdb"][data-state="ready"]', { timeout: 90_000 });
  for (const id of ['monthly-counts', 'yen-amounts', 'brokers', 'stocks']) {
    await page.waitForSelector(`figure[data-chart="${id}"][data-state="ready"]`);
  }
}
