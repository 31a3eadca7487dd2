import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const linkWith = (sql: string) => `?open=sql&sql=${encodeURIComponent(sql)}`;

describe('the SQL console (production build)', () => {
  it('puts linked SQL in the editor but runs it only when the reader presses Run', async () => {
    const sql = 'SELECT count(*) AS firms FROM brokers';
    const { page } = await pages.open(linkWith(sql));
    await waitForLiveCharts(page);
    const panel = page.locator('[data-panel="sql"]');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('textarea').inputValue()).toBe(sql);
    expect(await page.locator('[data-result="sql"]').count()).toBe(0);
    await page.click('[data-action="run-sql"]');
    const result = page.locator('table[data-result="sql"]');
    await result.waitFor();
    expect(await result.locator('tbody td').first().textContent()).toContain('18');
    await page.close();
  });

  it('runs with Ctrl+Enter, shows DuckDB errors in place and keeps the typed SQL in the link', async () => {
    const { page } = await pages.open('?open=sql');
    await waitForLiveCharts(page);
    const editor = page.locator('[data-panel="sql"] textarea');
    await editor.fill('SELECT nope FROM brokers');
    await editor.press('Control+Enter');
    const error = page.locator('[data-error="sql"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/nope/);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sql') === 'SELECT nope FROM brokers',
    );
    await page.close();
  });

  it('cancels a long query', async () => {
    const { page } = await pages.open(
      linkWith('SELECT sum(i * i % 7) AS total FROM range(20000000000) t(i)'),
    );
    await waitForLiveCharts(page);
    await page.click('[data-action="run-sql"]');
    await page.click('[data-action="cancel-sql"]', { timeout: 10_000 });
    await page.waitForSelector('[data-panel="sql"] [role="status"][data-state="cancelled"]', {
      timeout: 30_000,
    });
    expect(await page.locator('table[data-result="sql"]').count()).toBe(0);
    await page.click('[data-action="run-sql"]');
    await page.click('[data-action="cancel-sql"]');
    await page.locator('[data-panel="sql"] textarea').fill('SELECT 42 AS answer');
    await page.click('[data-action="run-sql"]');
    await page.waitForSelector('table[data-result="sql"]', { timeout: 30_000 });
    expect(await page.locator('table[data-result="sql"] tbody td').first().textContent()).toContain(
      '42',
    );
    await page.close();
  });

  it('refuses to read from the network and makes no request', async () => {
    const sql = "SELECT * FROM read_csv('https://example.com/x.csv')";
    const { page, requests, baseUrl } = await pages.open(linkWith(sql));
    await waitForLiveCharts(page);
    await page.click('[data-action="run-sql"]');
    const error = page.locator('[data-error="sql"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/disabled|Permission/i);
    const origin = new URL(baseUrl).origin;
    expect(
      requests.map((request) => request.url()).filter((url) => new URL(url).origin !== origin),
    ).toEqual([]);
    await page.close();
  });

  it('refuses SQL that would change the published data, which stays as it was', async () => {
    const { page } = await pages.open(linkWith('UPDATE fsa_monthly SET fraudulent_trades = 0'));
    await waitForLiveCharts(page);
    await page.click('[data-action="run-sql"]');
    const error = page.locator('[data-error="sql"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Only queries that read the data can run here');
    await page
      .locator('[data-panel="sql"] textarea')
      .fill('SELECT sum(fraudulent_trades) AS total FROM fsa_monthly');
    await page.click('[data-action="run-sql"]');
    await page.locator('table[data-result="sql"]').waitFor();
    expect(
      Number(
        (await page.locator('table[data-result="sql"] tbody td').first().textContent())?.replaceAll(
          ',',
          '',
        ),
      ),
    ).toBeGreaterThan(20_000);
    await page.close();
  });

  it('downloads a result as CSV with formula-like cells neutralised', async () => {
    const sql =
      "SELECT '=1+1' AS formula, broker_ja FROM brokers WHERE broker_en = 'Rakuten Securities'";
    const { page } = await pages.open(linkWith(sql));
    await waitForLiveCharts(page);
    await page.click('[data-action="run-sql"]');
    await page.locator('table[data-result="sql"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="download-sql"]'),
    ]);
    const text = (await readFile(await download.path())).toString('utf8');
    expect(text).toBe("\uFEFFformula,broker_ja\r\n'=1+1,楽天証券\r\n");
    await page.close();
  });
});

describe('revisions and the data check (production build)', () => {
  it('shows every figure each release published for a month, and lets the reader pick another', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const figure = page.locator('figure[data-chart="revision-history"]');
    await figure.locator('svg.chart-svg').waitFor();
    const text = await figure.textContent();
    expect(text).toContain('736');
    expect(text).toContain('2,987');
    await page.selectOption('[data-control="revision-month"]', '2025-05');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('rev') === '2025-05');
    await page.waitForFunction(() =>
      document
        .querySelector('figure[data-chart="revision-history"]')
        ?.textContent?.includes('2,329'),
    );
    await page.close();
  });

  it('compares each release’s stated totals with the sum of its months', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.click('[data-action="open-check"]');
    const panel = page.locator('[data-panel="data-check"]');
    await panel.waitFor();
    const cell = panel.locator('[data-release="2025-05-08"] [data-metric="fraudulent_trades"]');
    expect(await cell.getAttribute('data-status')).toBe('matches');
    expect(new URL(page.url()).searchParams.get('open')).toBe('check');
    await page.close();
  });
});
