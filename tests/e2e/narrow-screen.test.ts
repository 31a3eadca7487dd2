import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { textOnSeveralLines, wrappedLines } from '../support/text-on-lines';
import { chooseFile, confirmUpload, fixturePath, REPORT } from '../support/upload-page';

const pages = usePages();

/** Elements reaching past the screen's right edge outside a wrapper that scrolls sideways. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolled = (element: Element) =>
      element.closest('.scrolls-sideways, .table-wrap, [class*="scroll"]') !== null;
    return [...document.querySelectorAll('body *')]
      .filter(
        (element) => !scrolled(element) && element.getBoundingClientRect().right > width + 0.5,
      )
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      .slice(0, 5);
  });
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** Fields a reader types in or chooses from whose text is under 16 px. */
const smallFields = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'select, textarea, input:not([type="checkbox"], [type="radio"], [type="file"]), [contenteditable="true"]',
      ),
    ]
      .map((field) => ({ field, size: parseFloat(getComputedStyle(field).fontSize) }))
      .filter(({ size }) => size < 16)
      .map(({ field, size }) => `${field.tagName.toLowerCase()}.${field.className}: ${size} px`),
  );

describe('a 320 px phone screen (production build)', () => {
  for (const path of ['', 'ja/']) {
    it(`fits the page ${path || '(English)'} into its width: nothing scrolls sideways but tables, their captions in view`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      expect(await overflowing(page)).toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      // The brokers' table is three times the screen's width: its caption was cut at the screen's
      // edge, and scrolled away with the table.
      const captionOutside = (atEnd: boolean) =>
        page.$eval(
          'table.broker-table caption',
          (caption, scrollToEnd) => {
            let wrapper = caption.parentElement;
            while (wrapper && !/auto|scroll/.test(getComputedStyle(wrapper).overflowX)) {
              wrapper = wrapper.parentElement;
            }
            if (!wrapper) return 'no wrapper scrolls sideways';
            if (wrapper.scrollWidth <= wrapper.clientWidth) return 'the table fits the screen';
            if (scrollToEnd) wrapper.scrollLeft = wrapper.scrollWidth;
            const inside = wrapper.getBoundingClientRect();
            const { left, right } = caption.getBoundingClientRect();
            return left < inside.left - 0.5 || right > inside.left + wrapper.clientWidth + 0.5
              ? `caption at ${left}–${right}, wrapper's visible part from ${inside.left}, ${wrapper.clientWidth} wide`
              : null;
          },
          atEnd,
        );
      expect(await captionOutside(false)).toBeNull();
      expect(await captionOutside(true)).toBeNull();
      await page.close();
    });
  }

  for (const path of ['', 'ja/']) {
    it(`keeps numbers, codes, months and dates ${path || '(English)'} whole in tables, and rows short`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      for (const chart of ['monthly-counts', 'yen-amounts', 'stocks', 'revision-history']) {
        await page.click(`figure[data-chart="${chart}"] [data-action="show-table"]`);
        await page.locator(`figure[data-chart="${chart}"] details tbody tr`).first().waitFor();
      }
      const broken = () =>
        textOnSeveralLines(
          page,
          [
            'td.num, :is(td, th).code, th.month, td.date, .figure-cell .num, .phrase',
            // A release: its id, date, figure and period; all but the source.
            'figure[data-chart="revision-history"] tbody :is(th, td):not(:last-child)',
          ].join(', '),
        );
      expect(await broken()).toEqual([]);
      const height = (rows: string) =>
        page.$$eval(rows, (found) =>
          found.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0),
        );
      // Squeezed to a character a line, the brokers' rows took 2,439 px on ja/ and 1,666 in
      // English, and the stocks' 1,763 px on ja/ (now about 1,300, 1,450 and 740).
      expect(await height('table.broker-table tbody tr')).toBeLessThan(1600);
      expect(await height('figure[data-chart="stocks"] details tbody tr')).toBeLessThan(1200);
      // The 8 May 2025 release changed fifteen figures. On ja/ their names ran a character a line,
      // and the releases they came from broke inside their dates (2,520 px; now about 1,000, and
      // 1,100 in English).
      const changes = 'figure[data-chart="release-changes"]';
      await page.selectOption('select[data-control="release"]', '2025-05-08');
      await page.click(`${changes} [data-action="show-table"]`);
      await page.locator(`${changes} table[data-release="2025-05-08"] tbody tr`).first().waitFor();
      expect(await broken()).toEqual([]);
      expect(await height(`${changes} tbody tr`)).toBeLessThan(1250);
      await page.close();
    });
  }

  for (const path of ['', 'ja/']) {
    it(`breaks company names ${path || '(English)'} between their words, never inside one`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      await page.click('figure[data-chart="stocks"] [data-action="show-table"]');
      await page.locator('figure[data-chart="stocks"] details tbody tr').first().waitFor();
      const names = await wrappedLines(
        page,
        [
          'table.broker-table th[scope="row"] span',
          'table.broker-table td.name',
          'figure[data-chart="stocks"] tbody th > :is(span, small)',
          'ol.spikes [data-action="highlight-stock"] > span',
        ].join(', '),
      );
      // The brokers' table set "マネックス証" / "券" and "インタラクテ" / "ィブ・ブロー" / "カーズ証券". A
      // line may end where a word does, as ICU's dictionary finds Japanese words.
      const insideWords = names.filter((lines) => {
        const words = new Intl.Segmenter('ja', { granularity: 'word' }).segment(lines.join(''));
        const edges = new Set([...words].map(({ index }) => index));
        let lineEnd = 0;
        return lines.slice(0, -1).some((line) => {
          lineEnd += line.length;
          return !edges.has(lineEnd);
        });
      });
      expect(insideWords.map((lines) => lines.join('/'))).toEqual([]);
      expect(names).toContainEqual(['インタラクティブ・', 'ブローカーズ証券']);
      await page.close();
    });
  }

  for (const path of ['', 'ja/']) {
    it(`fits the upload form and its report ${path || '(English)'} into the screen, and keeps their terms whole`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      await chooseFile(page, fixturePath('incidents-small.csv'));
      // The select of what the file is, as wide as its longest choice, made the page 661 px wide
      // in English and 593 on ja/.
      expect(await overflowing(page)).toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      // A column's type: "テキスト" was set a character or two a line.
      expect(await textOnSeveralLines(page, 'form.mapping table.columns td.term')).toEqual([]);
      await confirmUpload(page);
      await page.waitForSelector('figure[data-chart="upload-incidents-month"][data-state="ready"]');
      expect(await overflowing(page)).toEqual([]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(320);
      expect(
        await textOnSeveralLines(page, `${REPORT} [data-table="upload-columns"] td.term`),
      ).toEqual([]);
      expect(
        await textOnSeveralLines(page, `${REPORT} [data-table="upload-rejected"] td.code`),
      ).toEqual([]);
      await page.close();
    });
  }

  it("keeps the brokers' names in view while their other columns scroll sideways, and says that they do", async () => {
    const { page } = await pages.open('', { phone: { width: 320 } });
    await waitForLiveCharts(page);
    const table = page.locator('table.broker-table');
    const wrapper = page.locator('.table-wrap:has(> table.broker-table)');
    await table.scrollIntoViewIfNeeded();
    expect(await table.locator('.scroll-hint').isVisible()).toBe(true);
    const namesFromWrapperStart = () =>
      wrapper.evaluate((element) => {
        const start = element.getBoundingClientRect().left;
        return [...element.querySelectorAll('tbody th[scope="row"]')].map((name) =>
          Math.round(name.getBoundingClientRect().left - start),
        );
      });
    const before = await namesFromWrapperStart();
    await wrapper.evaluate((element) => (element.scrollLeft = 10_000));
    const scrolled = await wrapper.evaluate((element) => element.scrollLeft);
    expect(scrolled).toBeGreaterThan(300);
    // Without sticky names they moved 300 px and more to the left, out of the screen.
    expect(await namesFromWrapperStart()).toEqual(before);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await table.locator('.scroll-hint').isVisible()).toBe(false);
    await page.close();
  });

  for (const path of ['', 'ja/']) {
    it(`gives each event under the monthly chart ${path || '(English)'} the screen's width, still as a table`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      await page.click('figure[data-chart="monthly-counts"] [data-action="show-table"]');
      const table = page.locator('table.events-table');
      await table.locator('tbody tr').first().waitFor();
      const widths = await table.evaluate((element) => ({
        table: element.getBoundingClientRect().width,
        room: element.parentElement?.clientWidth ?? 0,
        narrowest: Math.min(
          ...[...element.querySelectorAll('td.description')].map(
            (cell) => cell.getBoundingClientRect().width,
          ),
        ),
      }));
      // Squeezed into the third of four columns, descriptions ran a few characters a line (on ja/
      // 12,580 px in all, "証券会社" a character a line beside them).
      expect(widths.table).toBeLessThanOrEqual(widths.room);
      expect(widths.narrowest).toBeGreaterThan(widths.table - 20);
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(20);
      // Drawn as blocks, it is still a table with its rows and cells to a screen reader.
      const named = page.getByRole('table', {
        name: path ? 'グラフに示した出来事' : 'Events marked on the chart',
      });
      expect(await named.getByRole('row').count()).toBe(rows + 1);
      expect(await named.getByRole('columnheader').count()).toBe(4);
      expect(await named.getByRole('cell').count()).toBe(rows * 4);
      await page.close();
    });
  }

  it('sets every field a reader types in or chooses from at 16 px or more: Safari on iOS zooms the page into smaller ones', async () => {
    const { page } = await pages.open('?open=sql', { phone: { width: 320 } });
    await waitForLiveCharts(page);
    await page.waitForSelector('[data-panel="sql"] .cm-editor .cm-content');
    await page.click('figure[data-chart="monthly-counts"] [data-action="embed"]');
    await page.waitForSelector('figure[data-chart="monthly-counts"] textarea');
    await chooseFile(page, fixturePath('incidents-small.csv'));
    // The language and theme selects and the upload form's (13.3 px), the SQL editor (14 px) and
    // the embed code (13 px) were smaller.
    expect(await smallFields(page)).toEqual([]);
    await page.close();
  });
});
