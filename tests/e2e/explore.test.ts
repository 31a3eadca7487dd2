import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const monthsOf = (page: Page, chart: string) =>
  page
    .locator(`figure[data-chart="${chart}"] svg.chart-svg g.month`)
    .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-month')));
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('exploring the figures (production build)', () => {
  it('restores a whole view from its link, and back and forward move between views', async () => {
    const link =
      '?release=2025-06-05&from=2025-03&to=2025-05&hide=unauthorized_access&broker=SBI+Securities';
    const { page } = await pages.open(link);
    await waitForLiveCharts(page);
    expect(await page.inputValue('select[data-control="release"]')).toBe('2025-06-05');
    expect(await page.inputValue('[data-control="month-from"]')).toBe('2025-03');
    expect(await page.inputValue('[data-control="month-to"]')).toBe('2025-05');
    expect(await page.isChecked('[data-control="metric"][value="unauthorized_access"]')).toBe(
      false,
    );
    expect(await monthsOf(page, 'yen-amounts')).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(
      await page
        .locator('figure[data-chart="monthly-counts"] [data-series="unauthorized_access"]')
        .count(),
    ).toBe(0);
    expect(await page.getAttribute('tr[data-broker="SBI Securities"]', 'class')).toContain(
      'highlight',
    );
    expect(await page.textContent('[data-panel="filters"]')).toContain('Mar 2025 – May 2025');

    await page.selectOption('[data-control="month-to"]', '2025-04');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-04');
    expect(await monthsOf(page, 'yen-amounts')).toEqual(['2025-03', '2025-04']);
    const changed = page.url();

    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-05');
    expect(await monthsOf(page, 'yen-amounts')).toEqual(['2025-03', '2025-04', '2025-05']);
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-04');

    const again = await pages.open(new URL(changed).search);
    await waitForLiveCharts(again.page);
    expect(params(again.page)).toEqual(params(page));
    expect(await monthsOf(again.page, 'yen-amounts')).toEqual(['2025-03', '2025-04']);
    await again.page.close();

    await page.click('[data-action="reset-filters"]');
    await page.waitForFunction(() => new URL(location.href).search === '');
    await page.waitForSelector('main[data-release="latest"]');
    expect((await monthsOf(page, 'yen-amounts')).length).toBe(12);
    await page.close();
  });

  it('filters the other charts when the reader drags across months on the time chart', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const point = (month: string) =>
      page.locator(
        `figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle[data-month="${month}"]`,
      );
    await page
      .locator('figure[data-chart="monthly-counts"] svg.chart-svg')
      .scrollIntoViewIfNeeded();
    const from = await point('2025-03').boundingBox();
    const to = await point('2025-06').boundingBox();
    if (!from || !to) throw new Error('points not drawn');
    const surface = await page
      .locator('figure[data-chart="monthly-counts"] .brush-surface')
      .boundingBox();
    if (!surface) throw new Error('no brush surface');
    const y = surface.y + surface.height - 10;
    await page.mouse.move(from.x + from.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2025-06');
    expect(params(page)).toMatchObject({ from: '2025-03', to: '2025-06' });
    expect(await monthsOf(page, 'yen-amounts')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(await page.locator('figure[data-chart="monthly-counts"] .brush-band').count()).toBe(1);
    await page.close();
  });

  it('downloads the rows behind a chart as a UTF-8 CSV with a byte-order mark and provenance', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('figure[data-chart="monthly-counts"] [data-action="download-csv"]'),
    ]);
    expect(download.suggestedFilename()).toBe('takeover-watch-monthly-counts.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'month,fraudulent_trades,fraudulent_trades_release,fraudulent_trades_confidence,fraudulent_trades_source,fraudulent_trades_period_start,fraudulent_trades_period_end,fraudulent_trades_absent,unauthorized_access,unauthorized_access_release,unauthorized_access_confidence,unauthorized_access_source,unauthorized_access_period_start,unauthorized_access_period_end,unauthorized_access_absent',
    );
    expect(lines.find((line) => line.startsWith('2025-04,'))).toMatch(
      /^2025-04,2987,2025-12,low,https:\/\/ai\.x\.ezic\.info/,
    );
    // An empty figure says why: December's trade count is an empty cell of the 14 Jan 2026 release.
    expect(lines.find((line) => line.startsWith('2025-12,'))).toMatch(
      /^2025-12,,,,,,,not-published,343,2026-01-14,.*,$/,
    );
    await page.close();
  });

  it("says in a chart's CSV which empty months a release covered but our sources do not quote", async () => {
    const { page } = await pages.open('?release=2025-10-06');
    await waitForLiveCharts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('figure[data-chart="monthly-counts"] [data-action="download-csv"]'),
    ]);
    const lines = (await readFile(await download.path())).toString('utf8').split('\r\n');
    expect(lines.find((line) => line.startsWith('2025-06,'))).toBe(
      '2025-06,,,,,,,not-in-sources,,,,,,,not-in-sources',
    );
    expect(lines.find((line) => line.startsWith('2025-04,'))).toMatch(/^2025-04,2984,2025-10-06,/);
    await page.close();
  });

  it('survives a hand-edited link that repeats values', async () => {
    const { page, consoleErrors } = await pages.open(
      '?hide=buy_oku_yen,buy_oku_yen&broker=7992&stock=7992&from=2025-09&to=2025-02',
    );
    await waitForLiveCharts(page);
    expect(await page.inputValue('[data-control="month-from"]')).toBe('2025-02');
    expect(await page.locator('[data-panel="filters"] li').count()).toBe(4);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a range end the chosen release has no month for in its select, named as such', async () => {
    const { page } = await pages.open('?release=2025-04-18&from=2025-01&to=2025-09');
    await waitForLiveCharts(page);
    const chosen = (control: string) =>
      page
        .locator(`[data-control="${control}"]`)
        .evaluate((select: HTMLSelectElement) => [
          select.value,
          select.selectedOptions[0]?.textContent ?? '',
        ]);
    expect(await chosen('month-from')).toEqual(['2025-01', 'Jan 2025 (no figures)']);
    expect(await chosen('month-to')).toEqual(['2025-09', 'Sep 2025 (no figures)']);
    // Each select adds its own end only: the other end alone would choose no month at all.
    const offered = (control: string) =>
      page
        .locator(`[data-control="${control}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(await offered('month-from')).toEqual(['', '2025-01', '2025-02', '2025-03', '2025-04']);
    expect(await offered('month-to')).toEqual(['', '2025-02', '2025-03', '2025-04', '2025-09']);
    expect(await monthsOf(page, 'yen-amounts')).toEqual(['2025-02', '2025-03', '2025-04']);
    // The release's own months are named plainly, and the range's ends stay choosable.
    await page.selectOption('[data-control="month-from"]', '2025-03');
    expect(await chosen('month-from')).toEqual(['2025-03', 'Mar 2025']);
    await expect.poll(() => monthsOf(page, 'yen-amounts')).toEqual(['2025-03', '2025-04']);
    await page.close();
  });

  it('highlights a stock wherever it appears and keeps it in the link', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.locator('[data-action="highlight-stock"]', { hasText: 'DesignOne' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stock') === '6048');
    // In the chart and in its table, drawn when opened.
    await page.click('figure[data-chart="stocks"] [data-action="show-table"]');
    await page.locator('figure[data-chart="stocks"] table .highlight').waitFor();
    expect(await page.locator('figure[data-chart="stocks"] .highlight').count()).toBe(2);
    await page.close();
  });
});

describe('whole tables (production build)', () => {
  it('downloads a table as loaded, with Japanese intact and missing cells empty', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="download-table"][data-table="brokers"]'),
    ]);
    expect(download.suggestedFilename()).toBe('takeover-watch-brokers.csv');
    const text = (await readFile(await download.path())).toString('utf8');
    expect(text.startsWith('\uFEFFbroker_en,broker_ja,first_reported,')).toBe(true);
    expect(text).toContain('Rakuten Securities,楽天証券,2025-03-21,');
    expect(text.split('\r\n').filter((line) => line.length > 0)).toHaveLength(19);
    await page.close();
  });
});
