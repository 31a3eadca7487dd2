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

describe('a query engine that cannot load (production build)', () => {
  it('explains what still works and keeps the prerendered charts and tables', async () => {
    const { page } = await pages.open('', {
      prepare: (page) => page.context().route('**/*.wasm', (route) => route.abort()),
    });
    const alert = page.locator('[role="alert"][data-failure="engine"]');
    await alert.waitFor({ timeout: 90_000 });
    const text = await alert.textContent();
    expect(text).toContain('The query engine (DuckDB) could not be loaded');
    expect(text).toContain('still show the latest published figures');
    expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('failed');
    for (const id of ['monthly-counts', 'yen-amounts', 'brokers', 'stocks']) {
      expect(await page.getAttribute(`figure[data-chart="${id}"]`, 'data-state')).toBe('ready');
    }
    expect(await page.getAttribute(april, 'data-value')).toBe('2987');
    expect(await page.locator('figure[data-chart="brokers"] tr[data-broker]').count()).toBe(18);
    await page.close();
  });
});
