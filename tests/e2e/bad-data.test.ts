import { describe, expect, it } from 'vitest';
import { usePages } from '../support/page-session';

const pages = usePages();

describe('a data file that breaks its schema (production build)', () => {
  it('names the file, line, column, value and rule, and draws nothing from it', async () => {
    const { page } = await pages.open('', (page) =>
      page.route('**/fsa_monthly-*.csv', async (route) => {
        const response = await route.fetch();
        const text = (await response.text()).replace(',2987,', ',2987x,');
        await route.fulfill({ response, body: text });
      }),
    );
    const alert = page.locator('.load-error[role="alert"]');
    await alert.waitFor({ timeout: 90_000 });
    expect(await alert.textContent()).toContain(
      'fsa_monthly.csv, line 27, column "fraudulent_trades", value "2987x": must be a whole number',
    );
    expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('ready');
    expect(await page.isDisabled('select[data-control="release"]')).toBe(true);
    expect(await page.locator('figure[data-chart="monthly-counts"] circle.point').count()).toBe(0);
    await page.close();
  });
});

describe('a query engine that cannot load (production build)', () => {
  it('says so instead of leaving the reader waiting', async () => {
    const { page } = await pages.open('', (page) =>
      page.context().route('**/*.wasm', (route) => route.abort()),
    );
    const alert = page.locator('.load-error[role="alert"]');
    await alert.waitFor({ timeout: 90_000 });
    expect(await alert.textContent()).toContain('The query engine (DuckDB) could not be loaded');
    expect(await page.getAttribute('[data-status="duckdb"]', 'data-state')).toBe('failed');
    expect(
      await page.locator('figure[data-chart="monthly-counts"]').getAttribute('data-state'),
    ).toBe('failed');
    await page.close();
  });
});
