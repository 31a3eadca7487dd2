import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import {
  REPORT,
  chooseFile,
  confirmUpload,
  consoleRows,
  fixturePath,
} from '../support/upload-page';

const pages = usePages();

const APRIL_TRADES =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';
const aprilTrades = (page: Page) => page.getAttribute(APRIL_TRADES, 'data-value');

describe('bringing your own CSV (production build)', () => {
  it('loads an incident file beside the published data, lists rejected rows and charts it', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('incidents-small.csv'));
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('incidents');
    const text = await confirmUpload(page);
    expect(text).toContain('18 rows loaded into the table upload_incidents_small');
    expect(await page.getAttribute(`${REPORT} [data-rows-loaded]`, 'data-rows-rejected')).toBe('2');
    const rejected = await page
      .locator('table[data-table="upload-rejected"] tbody tr')
      .allTextContents();
    expect(rejected[0]).toMatch(/^8.*2025-04-31.*is not a calendar date/);
    await page.waitForSelector('figure[data-chart="upload-incidents-month"][data-state="ready"]');
    expect(await aprilTrades(page)).toBe('2987');
    expect(await page.locator('[data-notice="modified"]').count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.click('[data-action="download-rejected"]');
    const saved = await (await download).path();
    const csv = (await readFile(saved, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('line,reason,date,broker,stock,ticker,sell_yen,buy_yen');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^8,date: is not a calendar date,2025-04-31,/);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads the FSA’s own table in Shift_JIS, adds it as a release on request, and resets', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('fsa-table-2025-04-18.sjis.csv'));
    expect(await page.textContent('.workspace')).toContain('Shift_JIS');
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('fsa_monthly');
    expect(await page.locator('table[data-preview="upload"]').textContent()).toContain('約374億円');
    await page.check('[data-control="upload-mode"][value="append"]');
    await page.fill('[data-constant="release_id"]', '2026-02-01');
    await page.selectOption('[data-constant="confidence"]', 'medium');
    await page.fill('[data-constant="source_url"]', 'https://example.com/fsa-table');
    const text = await confirmUpload(page);
    expect(text).toContain('3 rows loaded');
    await page.waitForSelector(`${APRIL_TRADES}[data-value="736"]`);
    expect(await page.textContent('[data-notice="modified"]')).toContain(
      'fsa-table-2025-04-18.sjis.csv',
    );
    expect(
      await consoleRows(
        page,
        `SELECT m.month, m.fraudulent_trades, m.sell_oku_yen, u.sell_oku_yen_original
         FROM fsa_monthly m JOIN upload_fsa_table_2025_04_18_sjis u USING (release_id, month)
         WHERE release_id = '2026-02-01' ORDER BY month`,
      ),
    ).toEqual([
      ['2025-02', '33', '1', '約1億円'],
      ['2025-03', '685', '131', '約131億円'],
      ['2025-04', '736', '374', '約374億円'],
    ]);
    await page.click('[data-action="reset-data"]');
    await page.waitForSelector(`${APRIL_TRADES}[data-value="2987"]`);
    expect(await page.locator('[data-notice="modified"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('normalises Japanese dates and amounts in a Shift_JIS incident file, keeping what was written', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('broker-cases.sjis.csv'));
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('incidents');
    await confirmUpload(page);
    expect(
      await consoleRows(
        page,
        'SELECT incident_date, incident_date_original, sell_oku_yen, sell_oku_yen_original FROM upload_broker_cases_sjis ORDER BY source_line',
      ),
    ).toEqual([
      ['2025-04-16', '2025/4/16', '0.012', '1,200,000'],
      ['2025-04-17', '令和7年4月17日', '0.9', '9000万'],
      ['2025-04-18', '2025/4/18', null, null],
      ['2025-04-21', '令和7年4月21日', '0.0056', '560,000'],
    ]);
    await page.close();
  });

  it('takes a table pasted from a spreadsheet, and a file dropped on the page', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.click('.paste summary');
    await page.fill(
      '[data-control="paste"]',
      await readFile(fixturePath('pasted-table.tsv'), 'utf8'),
    );
    await page.click('[data-action="use-paste"]');
    await page.waitForSelector('[data-action="confirm-upload"]');
    expect(await page.textContent('.workspace')).toContain('tab-separated');
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('fsa_monthly');
    await page.fill('[data-constant="release_id"]', '2025-04-18');
    await page.check('[data-control="whole-months"]');
    await page.selectOption('[data-constant="confidence"]', 'low');
    await page.fill('[data-constant="source_url"]', 'https://example.com/pasted');
    expect(await confirmUpload(page)).toContain('3 rows loaded into the table upload_pasted_table');

    const bytes = [...(await readFile(fixturePath('free-table.csv')))];
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'free-table.csv'));
      const zone = document.querySelector('.upload .drop') as HTMLElement;
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, bytes);
    await page.waitForSelector('[data-action="confirm-upload"]');
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('');
    expect(await confirmUpload(page)).toContain('into the table upload_free_table');
    const chart = page.locator(
      '[data-upload="upload_free_table"] figure[data-chart="upload-chart-builder"]',
    );
    await chart.locator('svg').waitFor();
    expect(await page.locator('[data-upload="upload_pasted_table"]').count()).toBe(1);
    await page.close();
  });
});
