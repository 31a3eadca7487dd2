import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages } from '../support/page-session';

const pages = usePages();

const april =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';

describe('a data file that breaks its schema (production build)', () => {
  it('names the file, line, column, value and rule, and keeps the prerendered figures', async () => {
    const { page } = await pages.open('', {
      prepare: (page) =>
        page.route('**/fsa_monthly-*.csv', async (route) => {
          const response = await route.fetch();
          const text = (await response.text()).replace(',2987,', ',2987x,');
          await route.fulfill({ response, body: text });
        }),
    });
    const alert = page.locator('[role="alert"][data-failure="data"]');
    await alert.waitFor({ timeout: 90_000 });
    expect(await alert.textContent()).toContain(
      'fsa_monthly.csv, line 27, column "fraudulent_trades", value "2987x": must be a whole number',
    );
    expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('failed');
    expect(await page.isDisabled('select[data-control="release"]')).toBe(true);
    expect(await page.getAttribute(april, 'data-value')).toBe('2987');
    expect(await page.getAttribute('main', 'data-figures')).toBe('prerendered');
    await page.close();
  });
});

const CHARTS = ['monthly-counts', 'yen-amounts', 'brokers', 'stocks'];

describe('a query engine that cannot load (production build)', () => {
  const blocked: Record<string, (page: Page) => Promise<unknown>> = {
    'blocked wasm': (page) => page.context().route('**/*.wasm', (route) => route.abort()),
    'missing wasm (404)': (page) =>
      page
        .context()
        .route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })),
    'missing worker script (404)': (page) =>
      page.route('**/duckdb-browser-*.worker-*.js', (route) =>
        route.fulfill({ status: 404, body: '' }),
      ),
    'no WebAssembly': (page) =>
      page.addInitScript(() => {
        Reflect.deleteProperty(window, 'WebAssembly');
      }),
  };

  for (const [name, prepare] of Object.entries(blocked)) {
    it(`${name}: says so within seconds and keeps the prerendered charts and tables`, async () => {
      const { page } = await pages.open('', { prepare });
      const alert = page.locator('[role="alert"][data-failure="engine"]');
      await alert.waitFor({ timeout: 15_000 });
      const text = await alert.textContent();
      expect(text).toContain('The query engine (DuckDB) could not be loaded');
      expect(text).toContain('still show the latest published figures');
      expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('failed');
      for (const id of CHARTS) {
        expect(await page.getAttribute(`figure[data-chart="${id}"]`, 'data-state')).toBe('ready');
      }
      expect(await page.getAttribute(april, 'data-value')).toBe('2987');
      expect(await page.locator('figure[data-chart="brokers"] tr[data-broker]').count()).toBe(18);
      await page.close();
    });
  }

  it('falls back to the latest figures when a linked release cannot be loaded', async () => {
    const { page } = await pages.open('?release=2025-04-18', { prepare: blocked['blocked wasm'] });
    await page.locator('[role="alert"][data-failure="engine"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('release'));
    expect(await page.inputValue('select[data-control="release"]')).toBe('');
    expect(await page.getAttribute('figure[data-chart="monthly-counts"]', 'aria-busy')).toBe(
      'false',
    );
    await page.close();
  });
});
