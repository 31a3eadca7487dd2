import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

/** What a reader sees of a page: its charts, the dashboard's header and controls, the way back. */
function visible(page: Page) {
  return page.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
        element.checkVisibility(),
      );
    return {
      lang: document.documentElement.lang,
      figures: shown('figure[data-chart]').map((element) => element.dataset.chart),
      title: shown('figure[data-chart] h3').map((element) => element.textContent),
      header: shown('.site-header').length,
      controls: shown('.controls').length,
      back: shown('figure[data-chart] .back a').map((element) => element.getAttribute('href')),
    };
  });
}

describe('one page per chart (production build)', () => {
  it.each([true, false])(
    'shows chart/monthly-counts/ alone in English (JavaScript %s)',
    async (js) => {
      const { page, baseUrl } = await pages.open('chart/monthly-counts/', {
        javaScriptEnabled: js,
      });
      expect(await page.title()).toBe(
        'Fraudulent trades and unauthorized accesses by month – Takeover Watch',
      );
      const base = new URL(baseUrl).pathname;
      expect(await visible(page)).toEqual({
        lang: 'en',
        figures: ['monthly-counts'],
        title: ['Fraudulent trades and unauthorized accesses by month'],
        header: 0,
        controls: 0,
        back: [`${base}?lang=en`],
      });
      expect(
        await page.getAttribute(
          'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]',
          'data-value',
        ),
      ).toBe('2987');
      await page.close();
    },
  );

  it.each([true, false])('shows ja/chart/stocks/ alone in Japanese (JavaScript %s)', async (js) => {
    const { page, baseUrl, consoleErrors } = await pages.open('ja/chart/stocks/', {
      javaScriptEnabled: js,
    });
    expect(await page.title()).toBe('標的になったと報じられた銘柄の売買高｜Takeover Watch');
    expect(await visible(page)).toEqual({
      lang: 'ja',
      figures: ['stocks'],
      title: ['標的になったと報じられた銘柄の売買高'],
      header: 0,
      controls: 0,
      back: [`${new URL(baseUrl).pathname}ja/`],
    });
    expect(await page.textContent('figure[data-chart="stocks"] .back')).toContain('ダッシュボード');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shares a chart’s own page, in English with the view, and says it copied', async () => {
    const { page, baseUrl } = await pages.open('?from=2025-03', {
      prepare: (tab) => tab.context().grantPermissions(['clipboard-read', 'clipboard-write']),
    });
    const figure = page.locator('figure[data-chart="yen-amounts"]');
    await figure.locator('[data-action="share"]').click();
    await figure.locator('[role="status"]', { hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl}chart/yen-amounts/?lang=en&from=2025-03`);
    // Copy link names the page's language the same way.
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(
      (link) => navigator.clipboard.readText().then((text) => text === link),
      `${baseUrl}?lang=en&from=2025-03`,
    );

    // The address it copies opens that chart alone, with the same months.
    const shared = await pages.open(copied.slice(baseUrl.length));
    await shared.page.waitForSelector('figure[data-chart="yen-amounts"][data-embedded]');
    expect(await shared.page.inputValue('[data-control="month-from"]')).toBe('2025-03');
    await shared.page.close();
    await page.close();
  });

  it('shows the Japanese chart page’s address when the clipboard is refused', async () => {
    const { page, baseUrl } = await pages.open('ja/?to=2025-10', {
      prepare: (tab) =>
        tab.addInitScript(() => {
          navigator.clipboard.writeText = () =>
            Promise.reject(new DOMException('', 'NotAllowedError'));
        }),
    });
    await waitForLiveCharts(page);
    const figure = page.locator('figure[data-chart="stocks"]');
    await figure.locator('[data-action="share"]').click();
    expect(await figure.locator('[data-share-address]').inputValue()).toBe(
      `${baseUrl}ja/chart/stocks/?to=2025-10`,
    );
    await page.close();
  });
});
