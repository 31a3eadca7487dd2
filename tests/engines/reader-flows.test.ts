import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SLIDES } from '$lib/view-state';
import { FIRST_FRAME } from '../../scripts/first-frame-script';
import { writeXlsx } from '../../scripts/xlsx/write-xlsx';
import { ENGINES } from '../support/engines';
import type { EnginePage } from '../support/engines/engine-page';
import { fsaReleaseSheetRows } from '../support/fsa-release-workbook';
import { catchDownloads, readFirstDownload } from '../support/engines/page-downloads';
import { useEngine, waitForLiveCharts } from '../support/engines/use-engine';

/** Where to save a screenshot of the first view per engine, when set. */
const SCREENSHOTS = process.env.ENGINE_SCREENSHOTS;
const UPLOADS = path.resolve('tests/fixtures/uploads');

const aprilTrades =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';
const row = (chart: string, key: string) => `figure[data-chart="${chart}"] tbody tr[${key}]`;
const monthsOf = (page: EnginePage, chart: string) =>
  page.driver.evaluate(
    (css) => [...document.querySelectorAll(css)].map((group) => group.getAttribute('data-month')),
    `figure[data-chart="${chart}"] svg.chart-svg g.month`,
  );

/** The four charts' "Show the numbers" tables, opened, and the published figures in them. */
async function expectPublishedTables(page: EnginePage) {
  for (const chart of ['monthly-counts', 'yen-amounts', 'brokers', 'stocks']) {
    await page.driver.click(`figure[data-chart="${chart}"] [data-action="show-table"]`);
  }
  expect(await page.text(row('monthly-counts', 'data-month="2025-04"'))).toContain('2,987');
  expect(await page.text(row('yen-amounts', 'data-month="2025-06"'))).toContain('381 億円');
  expect(await page.text(row('brokers', 'data-month="2025-05"'))).toMatch(/^\s*May 2025\s*16/);
  expect(await page.count(row('brokers', 'data-broker'))).toBe(18);
  const stocks = (await page.text('figure[data-chart="stocks"] tbody')) ?? '';
  expect(stocks).toContain('Sailor Pen');
  expect(stocks).toContain('4,462,800');
  // Opened tables are shown, not only present in the document.
  expect(
    await page.driver.evaluate(
      (css) => (document.querySelector(css)?.getClientRects().length ?? 0) > 0,
      row('monthly-counts', 'data-month="2025-04"'),
    ),
  ).toBe(true);
}

for (const engine of ENGINES) {
  describe(`reader flows in ${engine.name}`, () => {
    const browser = useEngine(engine);

    it('hears what the page logs and throws (the harness itself)', async () => {
      const page = await browser.open();
      await page.driver.evaluate(() => {
        console.error('probe: logged');
        setTimeout(() => {
          throw new Error('probe: thrown');
        });
      }, undefined);
      await vi.waitFor(
        async () => {
          const errors = (await page.driver.consoleErrors()).join('\n');
          expect(errors).toContain('probe: logged');
          expect(errors).toContain('probe: thrown');
        },
        { timeout: 10_000 },
      );
    });

    it('shows the first view with the published numbers, loads DuckDB, stays on its origin', async () => {
      const page = await browser.open();
      expect(await page.text('[data-headline="rise"]')).toContain(
        'from 33 in Feb 2025 to 736 in 1–16 Apr 2025',
      );
      await expectPublishedTables(page);
      await waitForLiveCharts(page);
      expect(await page.attribute(aprilTrades, 'data-value')).toBe('2987');
      expect(await page.text(row('monthly-counts', 'data-month="2025-04"'))).toContain('2,987');
      // A page opened at its top holds back what follows the first chart for its first frame
      // (scripts/first-frame-script.ts), and has let go since.
      expect(
        await page.driver.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation');
          const type = navigation instanceof PerformanceNavigationTiming ? navigation.type : '';
          return [location.hash, type || 'navigate'];
        }, undefined),
      ).toEqual(['', 'navigate']);
      expect(await page.attribute('html', FIRST_FRAME)).toBeNull();

      const origin = new URL(browser.baseUrl()).origin;
      expect(await page.resourceOrigins()).toEqual([origin]);
      const requests = page.driver.requests();
      if (requests) {
        const elsewhere = requests.filter(
          (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
        );
        expect(elsewhere).toEqual([]);
      }
      expect(await page.driver.consoleErrors()).toEqual([]);
      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.driver.evaluate(() => window.scrollTo(0, 0), undefined);
        await page.driver.screenshot(path.join(SCREENSHOTS, `${engine.name}.png`));
        await page.driver.evaluate(
          (css) => document.querySelector(css)?.scrollIntoView(),
          'figure[data-chart="monthly-counts"]',
        );
        await page.driver.evaluate(
          () =>
            new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
          undefined,
        );
        await page.driver.screenshot(path.join(SCREENSHOTS, `${engine.name}-chart.png`));
      }
    });

    it('narrows the months, then shows a release as published', async () => {
      const page = await browser.open();
      await waitForLiveCharts(page);
      expect(await monthsOf(page, 'yen-amounts')).toHaveLength(12);
      await page.driver.select('[data-control="month-from"]', '2025-03');
      await page.driver.select('[data-control="month-to"]', '2025-05');
      const filtered = await page.waitForUrl(
        (url) => url.searchParams.get('to') === '2025-05',
        'to=2025-05',
      );
      expect(filtered.searchParams.get('from')).toBe('2025-03');
      await page.waitForFunction(
        (css) => document.querySelectorAll(css).length === 3,
        'figure[data-chart="yen-amounts"] svg.chart-svg g.month',
      );
      expect(await monthsOf(page, 'yen-amounts')).toEqual(['2025-03', '2025-04', '2025-05']);
      expect(await page.text('[data-panel="filters"]')).toContain('Mar 2025 – May 2025');

      expect(await page.attribute(aprilTrades, 'data-value')).toBe('2987');
      await page.driver.select('select[data-control="release"]', '2025-04-18');
      await page.waitFor(`${aprilTrades}[data-value="736"]`);
      const released = await page.waitForUrl(
        (url) => url.searchParams.get('release') === '2025-04-18',
        'release=2025-04-18',
      );
      expect(released.searchParams.get('from')).toBe('2025-03');
      expect(await page.text('figure[data-chart="monthly-counts"] svg.chart-svg')).toContain(
        '1–16 Apr 2025',
      );
      // What that release changed follows the same choice: the first release added every month.
      await page.driver.click('figure[data-chart="release-changes"] [data-action="show-table"]');
      await page.waitFor('figure[data-chart="release-changes"] table[data-release="2025-04-18"]');
      expect(await page.text('figure[data-chart="release-changes"] .takeaway')).toContain(
        'The 18 Apr 2025 release',
      );
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('runs a query typed into the SQL console', async () => {
      const page = await browser.open();
      await waitForLiveCharts(page);
      await page.driver.click('[data-action="open-sql"]');
      await page.waitFor('[data-panel="sql"] .cm-editor');
      // Typed key by key: CodeMirror closes the bracket and steps over it when ")" is typed.
      await page.driver.type(
        '[data-panel="sql"] .cm-content',
        'SELECT count(*) AS firms FROM brokers',
      );
      expect(await page.text('[data-panel="sql"] .cm-content')).toBe(
        'SELECT count(*) AS firms FROM brokers',
      );
      await page.driver.click('[data-action="run-sql"]');
      await page.waitFor('table[data-result="sql"] tbody td, [data-error="sql"]');
      expect(await page.text('[data-error="sql"]')).toBeNull();
      expect(await page.text('table[data-result="sql"] thead')).toContain('firms');
      expect((await page.text('table[data-result="sql"] tbody td'))?.trim()).toBe('18');
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('draws a chart into a PNG file', async () => {
      const page = await browser.open();
      await page.driver.evaluate(catchDownloads, undefined);
      await page.driver.click('figure[data-chart="monthly-counts"] [data-action="download-png"]');
      const file = await page.waitForFunction(readFirstDownload, undefined);
      expect(file.name).toBe('takeover-watch-monthly-counts.png');
      expect(file.type).toBe('image/png');
      expect(file.signature).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(file.size).toBeGreaterThan(10_000);
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('loads an uploaded file and reports its rows', async () => {
      const page = await browser.open();
      await waitForLiveCharts(page);
      await page.driver.upload(
        'input[type="file"][data-action="upload"]',
        path.join(UPLOADS, 'incidents-small.csv'),
      );
      await page.waitFor('[data-action="confirm-upload"]', { timeout: 90_000 });
      expect(await page.value('[data-control="upload-target"]')).toBe('incidents');
      await page.driver.click('[data-action="confirm-upload"]');
      const report = '[data-report="upload"]';
      await page.waitFor(`${report} [data-rows-loaded], ${report} [role="alert"]`, {
        timeout: 90_000,
      });
      expect(await page.text(report)).toContain(
        '18 rows loaded into the table upload_incidents_small',
      );
      expect(await page.attribute(`${report} [data-rows-loaded]`, 'data-rows-rejected')).toBe('2');
      await page.waitFor('figure[data-chart="upload-incidents-month"][data-state="ready"]');
      expect(await page.attribute(aprilTrades, 'data-value')).toBe('2987');
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('reads a sheet of an Excel workbook and loads it as the FSA’s monthly table', async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'workbook-')), 'fsa-2025-06-05.xlsx');
      writeFileSync(
        file,
        writeXlsx([{ name: '2025-06-05', rows: fsaReleaseSheetRows('2025-06-05') }]),
      );
      const page = await browser.open();
      await waitForLiveCharts(page);
      await page.driver.upload('input[type="file"][data-action="upload"]', file);
      await page.waitFor('[data-action="confirm-upload"]', { timeout: 90_000 });
      expect(await page.text('[data-workbook-sheet]')).toContain('Sheet “2025-06-05”');
      expect(await page.value('[data-control="upload-target"]')).toBe('fsa_monthly');
      await page.driver.type('[data-constant="release_id"]', '2025-06-05');
      await page.driver.click('[data-control="whole-months"]');
      await page.driver.select('[data-constant="confidence"]', 'medium');
      await page.driver.type('[data-constant="source_url"]', 'https://example.com/fsa.xlsx');
      await page.driver.click('[data-action="confirm-upload"]');
      const report = '[data-report="upload"]';
      await page.waitFor(`${report} [data-rows-loaded], ${report} [role="alert"]`, {
        timeout: 90_000,
      });
      expect(await page.text(report)).toContain(
        '5 rows loaded into the table upload_fsa_2025_06_05',
      );
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('switches to Japanese and keeps the view in the address', async () => {
      const page = await browser.open('?from=2025-03');
      await page.driver.select('select[data-control="language"]', 'ja');
      // In place or by loading the Japanese page: either way the view comes along.
      await page.waitFor('html[lang="ja"][data-interactive]');
      const url = new URL(await page.driver.url());
      expect(url.searchParams.get('from')).toBe('2025-03');
      // The headline is a section of its own, redrawn in a task after the page's language changed.
      await vi.waitFor(
        async () =>
          expect((await page.text('[data-headline="rise"]')) ?? '').toMatch(
            /不正取引件数は2025年2月の33件から、.*736件に増えた。/,
          ),
        { timeout: 10_000 },
      );
      expect(await page.value('select[data-control="language"]')).toBe('ja');
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('scrolls a link’s target below the sticky filter bar, not under it', async () => {
      const page = await browser.open();
      await page.waitFor('html[data-interactive]');
      await page.driver.click('a[href="#release-changes-title"]');
      const below = await page.driver.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => {
              const heading = document.getElementById('release-changes-title');
              const bar = document.querySelector('main > .controls');
              if (!heading || !bar) throw new Error('no heading or no filter bar');
              resolve(heading.getBoundingClientRect().top - bar.getBoundingClientRect().bottom);
            }),
          ),
        undefined,
      );
      expect(below).toBeGreaterThanOrEqual(0);
      // In the window: near the page's end, it can come no closer to the bar.
      expect(below).toBeLessThan(400);
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('opens a shared link to a chart with its title below the sticky bar', async () => {
      const page = await browser.open('#brokers-title');
      await page.waitFor('html[data-interactive]');
      const shown = () =>
        page.driver.evaluate(
          () =>
            new Promise<{ below: number; barTop: number; inWindow: boolean }>((resolve) =>
              requestAnimationFrame(() => {
                const title = document.getElementById('brokers-title');
                const bar = document.querySelector('main > .controls');
                if (!title || !bar) throw new Error('no chart title or no filter bar');
                const box = title.getBoundingClientRect();
                resolve({
                  below: box.top - bar.getBoundingClientRect().bottom,
                  barTop: bar.getBoundingClientRect().top,
                  inWindow: box.bottom < window.innerHeight,
                });
              }),
            ),
          undefined,
        );
      // The bar is first measured a frame or two after the page is interactive.
      await vi.waitFor(async () => expect((await shown()).below).toBeGreaterThanOrEqual(0), {
        timeout: 10_000,
      });
      const { below, barTop, inWindow } = await shown();
      // Just below it: in WebKit, sections above laid out at their real height after the scroll
      // move it down a little (about 60 px).
      expect(below).toBeLessThan(120);
      expect(barTop).toBeLessThanOrEqual(0);
      expect(inWindow).toBe(true);
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('presents one chart per slide, moves with → and leaves with Esc', async () => {
      const page = await browser.open('?from=2025-02&present=1');
      await page.waitFor('nav.slide-deck');
      expect(await page.text('[data-slide-counter]')).toBe(`1 / ${SLIDES.length}`);
      await page.driver.press('ArrowRight');
      const url = await page.waitForUrl(
        (url) => url.searchParams.get('slide') === 'yen-amounts',
        'slide=yen-amounts',
      );
      expect(url.search).toBe('?from=2025-02&present=1&slide=yen-amounts');
      expect(await page.text('[data-slide-counter]')).toBe(`2 / ${SLIDES.length}`);
      await page.driver.press('Escape');
      await page.waitForGone('nav.slide-deck');
      // The address is written once the view stops changing.
      const left = await page.waitForUrl((url) => !url.searchParams.has('present'), 'no slides');
      expect(left.search).toBe('?from=2025-02');
      expect(await page.driver.consoleErrors()).toEqual([]);
    });
  });
}
