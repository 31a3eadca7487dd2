import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FRAME } from '../../scripts/first-frame-script';
import { holdWasm, usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const CHARTS = ['monthly-counts', 'yen-amounts', 'brokers', 'stocks'];
const point = (series: string, month: string) =>
  `figure[data-chart="monthly-counts"] [data-series="${series}"] circle.point[data-month="${month}"]`;

describe('the first view is in the HTML (production build)', () => {
  it('is readable and correct with JavaScript disabled', async () => {
    const { page, requests } = await pages.open('', { javaScriptEnabled: false });
    for (const id of CHARTS) {
      expect(
        await page.locator(`figure[data-chart="${id}"] svg.chart-svg`).count(),
        id,
      ).toBeGreaterThan(0);
    }
    expect(await page.getAttribute(point('fraudulent_trades', '2025-04'), 'data-value')).toBe(
      '2987',
    );
    expect(await page.textContent('[data-headline="rise"]')).toContain(
      'from 33 in Feb 2025 to 736 in 1–16 Apr 2025',
    );
    // Every component's styles are in the page itself, not in the code that loads later.
    expect(await page.$eval('.totals', (element) => getComputedStyle(element).display)).toBe(
      'grid',
    );
    expect(
      await page.$eval('figure.chart', (element) => getComputedStyle(element).borderTopStyle),
    ).toBe('solid');
    await page.click('figure[data-chart="monthly-counts"] [data-action="show-table"]');
    expect(
      await page.textContent('figure[data-chart="monthly-counts"] tr[data-month="2025-04"]'),
    ).toContain('2,987');
    expect(await page.locator('figure[data-chart="brokers"] tr[data-broker]').count()).toBe(18);
    expect(requests.some((request) => request.url().endsWith('.wasm'))).toBe(false);
    // Nothing is held back for the first frame without JavaScript.
    expect(await page.getAttribute('html', FIRST_FRAME)).toBeNull();
    // Nor does dragging across the monthly chart: its hint to do so showed.
    expect(await page.getByText('Drag across months').count()).toBe(1);
    expect(await page.getByText('Drag across months').isVisible()).toBe(false);
    // A select does nothing without JavaScript: the revision history's month and figure showed.
    expect(
      await page.$$eval('select', (found) =>
        found
          .filter((select) => select.getClientRects().length > 0)
          .map((select) => select.name || select.dataset.control),
      ),
    ).toEqual([]);
    await page.close();
  });

  it('paints the charts before DuckDB is requested, then loads it when idle', async () => {
    const { page, requests } = await pages.open('', {
      prepare: (page) =>
        page.addInitScript(() => {
          const removed: string[] = [];
          (window as unknown as { removedCharts: string[] }).removedCharts = removed;
          new MutationObserver((changes) => {
            for (const change of changes) {
              for (const node of change.removedNodes) {
                if (node instanceof Element && node.matches('figure[data-chart], svg.chart-svg')) {
                  removed.push(node.outerHTML.slice(0, 80));
                }
              }
            }
          }).observe(document, { subtree: true, childList: true });
        }),
    });
    await waitForLiveCharts(page);
    const wasm = requests.find((request) => request.url().endsWith('.wasm'));
    expect(wasm).toBeDefined();
    const firstPaintAt = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return performance.timeOrigin + (paint?.startTime ?? Number.NaN);
    });
    expect(wasm?.timing().startTime).toBeGreaterThan(firstPaintAt);
    // Hydration adopted the prerendered markup: nothing was torn down and drawn again.
    expect(
      await page.evaluate(() => (window as unknown as { removedCharts: string[] }).removedCharts),
    ).toEqual([]);
    await page.close();
  });

  it('shows a reader who chose the dark theme the dark page from its first paint', async () => {
    const { page } = await pages.open('', {
      prepare: (page) =>
        page.addInitScript(() => {
          localStorage.setItem('takeover-watch-theme', 'dark');
          const seen = { themeWhenBodyParsed: 'not yet' };
          (window as unknown as { seen: typeof seen }).seen = seen;
          const watch = new MutationObserver(() => {
            if (!document.body) return;
            seen.themeWhenBodyParsed = document.documentElement.dataset.theme ?? 'none';
            watch.disconnect();
          });
          watch.observe(document, { subtree: true, childList: true });
        }),
    });
    await waitForLiveCharts(page);
    expect(
      await page.evaluate(
        () => (window as unknown as { seen: { themeWhenBodyParsed: string } }).seen,
      ),
    ).toEqual({ themeWhenBodyParsed: 'dark' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.close();
  });

  it('lays out the first screen in the first frame, and what follows the first chart in the next', async () => {
    const held = (page: Page) =>
      page.evaluate(
        () => (window as unknown as { held: { beforeBody: boolean; letGoAfter: number } }).held,
      );
    const watchHold = (page: Page) =>
      page.addInitScript((attribute) => {
        const hold = { beforeBody: false, letGoAfter: -1 };
        (window as unknown as { held: typeof hold }).held = hold;
        let frames = 0;
        requestAnimationFrame(function count() {
          frames += 1;
          if (frames < 10) requestAnimationFrame(count);
        });
        new MutationObserver(() => {
          if (document.documentElement.hasAttribute(attribute)) {
            if (!document.body) hold.beforeBody = true;
          } else if (hold.beforeBody && hold.letGoAfter < 0) {
            hold.letGoAfter = frames;
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
      }, FIRST_FRAME);
    const { page } = await pages.open('', { prepare: watchHold });
    await waitForLiveCharts(page);
    const opened = await held(page);
    expect(opened.beforeBody).toBe(true);
    expect(opened.letGoAfter).toBeGreaterThanOrEqual(1);
    expect(await page.getAttribute('html', FIRST_FRAME)).toBeNull();

    // What the root's mark holds back, wherever the window is: everything after the first chart.
    const drawn = (selector: string) =>
      page.$eval(selector, (element) => element.checkVisibility({ contentVisibilityAuto: true }));
    const mark = (on: boolean) =>
      page.evaluate(([attribute, on]) => document.documentElement.toggleAttribute(attribute, on), [
        FIRST_FRAME,
        on,
      ] as const);
    const firstScreen = [
      '[data-headline="rise"]',
      'figure[data-chart="monthly-counts"] svg.chart-svg',
    ];
    const afterFirstChart = [
      'figure[data-chart="yen-amounts"] svg.chart-svg',
      'figure[data-chart="brokers"] svg.chart-svg',
      'figure[data-chart="stocks"] svg.chart-svg',
      '.revision-history > *',
      'figure[data-chart="release-changes"] > *',
      'section.cite > *',
    ];
    const drawnSoon = (selector: string) =>
      page.waitForFunction(
        (css) => document.querySelector(css)?.checkVisibility({ contentVisibilityAuto: true }),
        selector,
      );
    for (const selector of [...firstScreen, ...afterFirstChart]) {
      await page.$eval(selector, (element) => element.scrollIntoView({ block: 'center' }));
      await drawnSoon(selector);
      await mark(true);
      expect(await drawn(selector), selector).toBe(!afterFirstChart.includes(selector));
      await mark(false);
      await drawnSoon(selector);
    }
    await page.close();

    // Pages drawn whole from their first frame: a chart's own page, a link into the page, a reload.
    for (const path of ['chart/brokers/', 'ja/chart/yen-amounts/', 'ja/#brokers-title']) {
      const { page } = await pages.open(path, { prepare: watchHold });
      expect((await held(page)).beforeBody, path).toBe(false);
      await page.close();
    }
    const { page: reloaded } = await pages.open('ja/', { prepare: watchHold });
    expect((await held(reloaded)).beforeBody).toBe(true);
    await reloaded.reload();
    expect((await held(reloaded)).beforeBody).toBe(false);
    await reloaded.close();
  });

  it('draws the same charts, tables and headline from DuckDB in the browser as from the build', async () => {
    let releaseWasm: () => void = () => {};
    const { page } = await pages.open('', {
      prepare: async (page) => {
        releaseWasm = await holdWasm(page);
      },
    });
    await page.waitForSelector('[data-status="duckdb"][data-state="loading"]');
    // Every table opened (a closed one's rows go once its section is taken over), and a pointer
    // over each section without one, which takes every section over: the snapshot's drawing, then
    // DuckDB's, are compared whole.
    for (const summary of await page.$$('figure[data-chart] [data-action="show-table"]')) {
      await summary.click();
    }
    for (const id of ['table-downloads', 'cite']) {
      await page.dispatchEvent(`.lazy-section[data-lazy="${id}"] > *`, 'pointerover');
    }
    await page.waitForSelector('.lazy-section[data-hydrated="false"]', { state: 'detached' });
    const capture = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-section="headline"], figure[data-chart]')].map(
          (element) => element.outerHTML,
        ),
      );
    const prerendered = await capture();
    expect(await page.getAttribute('main', 'data-figures')).toBe('prerendered');
    releaseWasm();
    await waitForLiveCharts(page);
    expect(await capture()).toEqual(prerendered);
    await page.close();
  });

  it('marks the release control pending until DuckDB is ready, and honours a choice made meanwhile', async () => {
    let releaseWasm: () => void = () => {};
    const { page } = await pages.open('', {
      prepare: async (page) => {
        releaseWasm = await holdWasm(page);
      },
    });
    const select = 'select[data-control="release"]';
    await page.waitForSelector(`html[data-interactive] ${select}[data-pending="true"]`);
    await page.selectOption(select, '2025-04-18');
    expect(await page.getAttribute('figure[data-chart="monthly-counts"]', 'aria-busy')).toBe(
      'true',
    );
    expect(await page.getAttribute(point('fraudulent_trades', '2025-04'), 'data-value')).toBe(
      '2987',
    );
    releaseWasm();
    await page.waitForSelector(`${point('fraudulent_trades', '2025-04')}[data-value="736"]`, {
      timeout: 90_000,
    });
    expect(await page.getAttribute(select, 'data-pending')).toBe('false');
    expect(await page.getAttribute('figure[data-chart="monthly-counts"]', 'aria-busy')).toBe(
      'false',
    );
    await page.close();
  });

  it('keeps the page to its own origin under its Content-Security-Policy', async () => {
    const { page, requests, consoleErrors, baseUrl } = await pages.open();
    await waitForLiveCharts(page);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const origin = new URL(baseUrl).origin;
    expect(
      requests.map((request) => request.url()).filter((url) => new URL(url).origin !== origin),
    ).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
