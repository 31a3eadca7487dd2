import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emulateDataSaver, pastIdleStart } from '../support/data-saver';
import { usePages, waitForLiveCharts, type PageRecord } from '../support/page-session';

const pages = usePages();
const NOTICE = '[data-notice="data-saver"]';
const LOAD = '[data-action="load-engine"]';
const wasmRequests = ({ requests }: PageRecord) =>
  requests.filter((request) => new URL(request.url()).pathname.endsWith('.wasm'));

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include(NOTICE)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('with a data saver on (production build)', () => {
  it('fetches no DuckDB until asked, says so, and loads it when a release is chosen', async () => {
    const record = await pages.open('', { prepare: (page) => emulateDataSaver(page) });
    const { page } = record;
    await pastIdleStart(page);
    expect(wasmRequests(record)).toEqual([]);
    expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('idle');
    expect(await page.textContent(NOTICE)).toContain('loads only on request');
    expect(await page.isVisible(LOAD)).toBe(true);
    // The release control does not say it is loading: nothing loads until the reader asks.
    expect(await page.isVisible('#release-pending')).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('select[data-control="release"]', '2025-04-18');
    await page.waitForSelector('main[data-figures="live"][data-release="2025-04-18"]', {
      timeout: 90_000,
    });
    expect(wasmRequests(record).length).toBeGreaterThan(0);
    expect(await page.textContent(NOTICE)).toContain('The query engine is loaded.');
    expect(await page.isVisible(LOAD)).toBe(false);
    await page.close();
  });

  it('loads the engine from its button, on a 2G link, in Japanese', async () => {
    const record = await pages.open('ja/', {
      prepare: (page) => emulateDataSaver(page, { saveData: false, effectiveType: '2g' }),
    });
    const { page } = record;
    await pastIdleStart(page);
    expect(wasmRequests(record)).toEqual([]);
    expect(await page.textContent(NOTICE)).toContain('必要なときにだけ読み込みます');
    expect(await axeViolations(page)).toEqual([]);

    await page.click(LOAD);
    // The button has gone; its notice keeps the keyboard focus and says what happens.
    expect(await page.evaluate(() => document.activeElement?.matches('[data-notice]'))).toBe(true);
    await waitForLiveCharts(page);
    expect(wasmRequests(record).length).toBeGreaterThan(0);
    expect(await page.textContent(NOTICE)).toContain('クエリエンジンを読み込みました。');
    await page.close();
  });

  it('shows no notice and loads DuckDB on idle when the browser asks for nothing', async () => {
    const record = await pages.open('', {
      prepare: (page) => emulateDataSaver(page, { saveData: false, effectiveType: '4g' }),
    });
    await waitForLiveCharts(record.page);
    expect(await record.page.locator(NOTICE).count()).toBe(0);
    expect(wasmRequests(record).length).toBeGreaterThan(0);
    await record.page.close();
  });
});
