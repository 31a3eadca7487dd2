import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { chooseFile, confirmUpload, fixturePath } from '../support/upload-page';

const pages = usePages();

const linkWith = (sql: string) => `?open=sql&sql=${encodeURIComponent(sql)}`;
/** The editor's text (CodeMirror's content, one element per line). */
const EDITOR = '[data-panel="sql"] .cm-editor .cm-content';

describe('the SQL console (production build)', () => {
  it('puts linked SQL in the editor but runs it only when the reader presses Run', async () => {
    const sql = 'SELECT count(*) AS firms FROM brokers';
    const { page } = await pages.open(linkWith(sql));
    await waitForLiveCharts(page);
    const panel = page.locator('[data-panel="sql"]');
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator(EDITOR).innerText()).toBe(sql);
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
    const editor = page.locator(EDITOR);
    await editor.fill('SELECT nope FROM brokers');
    await editor.press('Control+Enter');
    const error = page.locator('[data-error="sql"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/nope/);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('sql') === 'SELECT nope FROM brokers',
    );
    // A mistyped table is matched to the closest loaded one, not to DuckDB's system views.
    await editor.fill('SELECT * FROM fsa_montly_latest');
    await editor.press('Control+Enter');
    const explained = page.locator('[data-error="sql"] [data-explained="missing-table"]');
    await expect.poll(() => explained.textContent()).toContain('did you mean fsa_monthly_latest?');
    await page.close();
  });

  it('opens from a link with a query alone, the query in the editor and not run', async () => {
    const sql = 'SELECT count(*) AS firms FROM brokers';
    const { page } = await pages.open(`?sql=${encodeURIComponent(sql)}`);
    await waitForLiveCharts(page);
    expect(await page.locator(EDITOR).innerText()).toBe(sql);
    expect(await page.locator('[data-action="open-sql"]').getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(await page.locator('[data-result="sql"], [data-error="sql"]').count()).toBe(0);
    await page.close();
  });

  it('completes the published tables’ and columns’ names', async () => {
    const { page } = await pages.open('?open=sql');
    await waitForLiveCharts(page);
    const editor = page.locator(EDITOR);
    await editor.click();
    await page.keyboard.type('SELECT * FROM fsa_m');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete [role="option"] .cm-completionLabel');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining(['fsa_monthly', 'fsa_monthly_latest']),
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type(' WHERE fsa_monthly.fraud');
    await page.keyboard.press('Control+Space');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain('fraudulent_trades');
    await page.keyboard.press('Escape');
    expect(await page.locator('.cm-tooltip-autocomplete').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor'))).toBeNull();
    await page.close();
  });

  it('completes the name and columns of a table the reader uploaded', async () => {
    const { page } = await pages.open('?open=sql');
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('free-table.csv'));
    const report = await confirmUpload(page);
    const table = /upload_\w+/.exec(report)?.[0];
    expect(table).toBeDefined();
    await page.locator(EDITOR).click();
    await page.keyboard.type('SELECT * FROM upload_');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete [role="option"] .cm-completionLabel');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContain(table);
    await page.keyboard.press('Enter');
    await page.keyboard.type(` WHERE ${table}.reg`);
    await page.keyboard.press('Control+Space');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.cm-tooltip-autocomplete .cm-completionLabel')].some(
        (label) => label.textContent === 'region',
      ),
    );
    await page.close();
  });

  it('names the editor for assistive technology', async () => {
    const { page } = await pages.open('?open=sql');
    const content = page.locator(EDITOR);
    await content.waitFor();
    expect(await content.getAttribute('role')).toBe('textbox');
    expect(await content.getAttribute('aria-multiline')).toBe('true');
    const name = await content.evaluate(
      (element) =>
        document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent,
    );
    expect(name).toBe('SQL query');
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
    await page.locator(EDITOR).fill('SELECT 42 AS answer');
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
    // A typo is not a write: it was refused as "not SELEC".
    await page.locator(EDITOR).fill('SELEC * FROM brokers');
    await page.click('[data-action="run-sql"]');
    await expect
      .poll(() => error.textContent())
      .toContain('No statement starts with SELEC: did you mean SELECT?');
    await page.locator(EDITOR).fill('SELECT sum(fraudulent_trades) AS total FROM fsa_monthly');
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
    expect(await panel.locator('[data-release="2025-05-08"] th').textContent()).toContain(
      '8 May 2025',
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('open') === 'check');
    await page.close();
  });
});
