import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabularDataPackageValidator } from '../support/datapackage-schema';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();
const FIGURE = 'figure[data-chart="release-changes"]';
const DIST = path.resolve(import.meta.dirname, '../../', process.env.TAKEOVER_DIST ?? 'dist');

/** The table's rows: month, metric, kind and the cells as shown. */
const tableRows = (page: Page) =>
  page.locator(`${FIGURE} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => ({
      month: row.getAttribute('data-month'),
      metric: row.getAttribute('data-metric'),
      kind: row.getAttribute('data-kind'),
      cells: [...row.querySelectorAll('th, td')].map((cell) =>
        (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    })),
  );

describe('what changed in a release (production build)', () => {
  it('is prerendered for the latest release, with JavaScript off, and the headline names it', async () => {
    const { page } = await pages.open('', { javaScriptEnabled: false });
    expect(await page.getAttribute(FIGURE, 'data-state')).toBe('ready');
    expect(await page.textContent(`${FIGURE} .takeaway`)).toBe(
      'The 14 Jan 2026 release revised no earlier figure and added Dec 2025.',
    );
    const rows = await tableRows(page);
    expect(rows.map((row) => [row.month, row.metric, row.kind])).toEqual([
      ['2025-12', 'unauthorized_access', 'added'],
      ['2025-12', 'sell_buy_oku_yen', 'added'],
    ]);
    expect(await page.locator(`${FIGURE} svg .change-row`).count()).toBe(2);
    expect(await page.textContent('[data-headline="latest-release"]')).toContain(
      'The latest release, 14 Jan 2026, revised no earlier figure and added Dec 2025.',
    );
    await page.close();
  });

  it('follows the release selector: 2025-05-08 revised April 736 → 2,746 (1–16 April before)', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    // A closed table is drawn when it is opened.
    await page.click(`${FIGURE} [data-action="show-table"]`);
    await page.selectOption('select[data-control="release"]', '2025-05-08');
    await page.waitForSelector(`${FIGURE} table[data-release="2025-05-08"]`);
    const rows = await tableRows(page);
    const april = rows.find((row) => row.month === '2025-04' && row.metric === 'fraudulent_trades');
    expect(april?.kind).toBe('revised');
    expect(april?.cells.slice(2, 5)).toEqual([
      '736 from the 18 Apr 2025 release; 1–16 Apr 2025',
      '2,746',
      '+2,010 period changed: 1–16 Apr 2025 before, Apr 2025 now',
    ]);
    const march = rows.find((row) => row.month === '2025-03' && row.metric === 'fraudulent_trades');
    expect(march?.cells.slice(2, 5)).toEqual(['685 from the 18 Apr 2025 release', '687', '+2']);
    expect(rows.filter((row) => row.month === '2025-01').every((row) => row.kind === 'added')).toBe(
      true,
    );
    expect(await page.textContent(`${FIGURE} .takeaway`)).toMatch(
      /^The 8 May 2025 release revised 10 figures and added Jan 2025\./,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${FIGURE} [data-action="download-csv"]`),
    ]);
    expect(download.suggestedFilename()).toBe('takeover-watch-release-changes-2025-05-08.csv');
    const lines = (await readFile(await download.path(), 'utf8')).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'release,month,metric,change,previous_value,previous_release,previous_period_start,previous_period_end,previous_confidence,previous_source_url,value,period_start,period_end,difference,confidence,source_url',
    );
    expect(lines).toContain(
      '2025-05-08,2025-04,fraudulent_trades,revised,736,2025-04-18,2025-04-01,2025-04-16,high,https://www.city.hiroshima.lg.jp/living/shouhi/1025695/1025698/1039798.html,2746,2025-04-01,2025-04-30,2010,high,https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html',
    );
    expect(lines.filter((line) => line.startsWith('2025-05-08,2025-01,'))).toHaveLength(5);
    expect(lines.filter((line) => line.includes(',unchanged,'))).toHaveLength(5);
    await page.close();
  });

  it('has its own page in both languages, in Japanese throughout', async () => {
    const { page } = await pages.open('ja/chart/release-changes/', { javaScriptEnabled: false });
    expect(await page.textContent(`${FIGURE} h3`)).toBe('この公表で変わったこと');
    expect(await page.textContent(`${FIGURE} .takeaway`)).toBe(
      '2026年1月14日の公表は、以前の数値を改訂していません。2025年12月を新たに加えました。',
    );
    await page.close();
  });

  it('writes datapackage.json beside the data, valid, naming files the site serves', async () => {
    const descriptor = JSON.parse(await readFile(path.join(DIST, 'datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string }[];
    };
    const validate = tabularDataPackageValidator();
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const { page, baseUrl } = await pages.open();
    const link = await page.getAttribute('[data-link="datapackage"]', 'href');
    expect(link).toBe('/takeover-watch/datapackage.json');
    for (const resource of descriptor.resources) {
      const response = await page.request.get(new URL(resource.path, `${baseUrl}`).href);
      expect(response.status(), resource.path).toBe(200);
      expect((await response.text()).split('\n')[0]).toMatch(/^[a-z_]+,/);
    }
    await page.close();
  });

  it('cites the dataset with the latest release and the page’s address, and copies it', async () => {
    const { page, baseUrl } = await pages.open('ja/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // The build cannot know the page's origin; the section names it once it is taken over, on
    // screen.
    await page.locator('[data-citation="apa"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('.lazy-section[data-lazy="cite"][data-hydrated="true"]');
    const apa = await page.textContent('[data-citation="apa"] pre');
    expect(apa).toBe(
      `Takeover Watch（2026）『Takeover Watch：証券口座乗っ取り被害に関する金融庁の公表数値（2025年）』（2026-01-14版）［データセット］${baseUrl}ja/`,
    );
    const bibtex = (await page.textContent('[data-citation="bibtex"] pre')) ?? '';
    expect(bibtex).toMatch(/^@misc\{takeoverwatch_2026_01_14,/);
    expect(bibtex).toContain(`howpublished = {\\url{${baseUrl}ja/}}`);
    expect(bibtex).toContain('year = {2026}');
    await page.click('[data-action="copy-citation"][data-format="bibtex"]');
    await page.waitForSelector(
      '[data-citation="bibtex"] [role="status"]:has-text("コピーしました")',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    await page.close();
  });
});
