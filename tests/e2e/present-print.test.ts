import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages } from '../support/page-session';

const pages = usePages();

/** One slide per chart, and one printed page per chart, in this order. */
const CHARTS = [
  'monthly-counts',
  'yen-amounts',
  'brokers',
  'stocks',
  'revision-history',
  'release-changes',
];
const TITLES = [
  'Fraudulent trades and unauthorized accesses by month',
  'Value of fraudulent sells and buys by month',
  'Securities firms hit',
  'Trading volume of stocks reported as targets',
  'How one month’s figure was revised, release by release',
  'What changed in this release',
];

const shownCharts = (page: Page) =>
  page.$$eval('figure[data-chart]', (figures) =>
    figures
      .filter((figure) => figure.getClientRects().length > 0)
      .map((figure) => figure.getAttribute('data-chart')),
  );
const search = (page: Page) => new URL(page.url()).search;
const counter = (page: Page) => page.textContent('[data-slide-counter]');

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree above them). */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length;

describe('presentation mode and the printed briefing (production build)', () => {
  it('shows one chart per slide, steps with the keyboard, and leaves with Esc', async () => {
    const { page, consoleErrors } = await pages.open('?from=2025-02&present=1', {
      prepare: (page) => page.setViewportSize({ width: 1280, height: 720 }),
    });
    await page.waitForSelector('nav.slide-deck');
    expect(await shownCharts(page)).toEqual(['monthly-counts']);
    expect(await page.isVisible('figure[data-chart="monthly-counts"] .takeaway')).toBe(true);
    expect(await page.textContent('figure[data-chart="monthly-counts"] .takeaway')).toContain(
      'peaked at 2,987 in Apr 2025',
    );
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('[data-control="release"]')).toBe(false);
    expect(await counter(page)).toBe('1 / 6');

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('slide=yen-amounts'));
    expect(search(page)).toBe('?from=2025-02&present=1&slide=yen-amounts');
    expect(await shownCharts(page)).toEqual(['yen-amounts']);
    expect(await counter(page)).toBe('2 / 6');
    expect(await page.textContent('.slide-deck [aria-live]')).toBe(`Slide 2 of 6: ${TITLES[1]}`);

    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search.includes('slide=release-changes'));
    expect(await shownCharts(page)).toEqual(['release-changes']);
    expect(await counter(page)).toBe('6 / 6');
    expect(await page.isDisabled('[data-action="next-slide"]')).toBe(true);

    await page.keyboard.press('Home');
    await page.waitForFunction(() => !location.search.includes('slide='));
    expect(search(page)).toBe('?from=2025-02&present=1');
    expect(await shownCharts(page)).toEqual(['monthly-counts']);

    await page.keyboard.press('Escape');
    await page.waitForSelector('nav.slide-deck', { state: 'detached' });
    // The address is written once the view stops changing.
    await page.waitForFunction(() => !location.search.includes('present='));
    expect(search(page)).toBe('?from=2025-02');
    expect(await shownCharts(page)).toEqual(CHARTS);
    expect(await page.isVisible('.site-header')).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? null),
    ).toBe('present');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('enters from the Present button, moves with the pointer, and goes back with Back', async () => {
    const { page } = await pages.open('?to=2025-10', {
      prepare: (page) => page.setViewportSize({ width: 390, height: 844 }),
    });
    await page.click('[data-action="present"]');
    await page.waitForSelector('nav.slide-deck');
    await page.waitForFunction(() => location.search.includes('present=1'));
    expect(search(page)).toBe('?to=2025-10&present=1');
    await page.click('[data-action="next-slide"]');
    await page.click('[data-action="next-slide"]');
    await page.waitForFunction(() => location.search.includes('slide=brokers'));
    expect(await shownCharts(page)).toEqual(['brokers']);
    expect(await counter(page)).toBe('3 / 6');
    // Slides replace the address; entering presentation mode was the history entry.
    await page.goBack();
    await page.waitForSelector('nav.slide-deck', { state: 'detached' });
    expect(search(page)).toBe('?to=2025-10');
    expect(await shownCharts(page)).toEqual(CHARTS);
    await page.close();
  });

  it('prints one page per chart on A4 and Letter, each with its title, release and address', async () => {
    const { page, baseUrl } = await pages.open('?from=2025-02');
    await page.waitForSelector('nav.slide-deck', { state: 'detached' });
    // The address as a link to share names its language, so that it opens as it was printed.
    const address = `${baseUrl}?lang=en&from=2025-02`;
    await page.waitForFunction(
      (address) => document.querySelector('[data-print="address"]')?.textContent?.includes(address),
      address,
    );
    expect(await page.getByText('Drag across months').isVisible()).toBe(true);
    // Even for a reader whose system is dark: paper is white.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await shownCharts(page)).toEqual(CHARTS);
    for (const [index, id] of CHARTS.entries()) {
      expect(await page.textContent(`figure[data-chart="${id}"] h3`)).toBe(TITLES[index]);
      expect(await page.isVisible(`figure[data-chart="${id}"] .takeaway`), id).toBe(true);
      expect(await page.isVisible(`figure[data-chart="${id}"] .sources`), id).toBe(true);
      expect(await page.isVisible(`figure[data-chart="${id}"] table`), id).toBe(false);
      expect(await page.isVisible(`figure[data-chart="${id}"] [data-action="share"]`), id).toBe(
        false,
      );
    }
    // "Drag across months, or click one…" means nothing on paper.
    expect(await page.getByText('Drag across months').isVisible()).toBe(false);
    const context = page.locator('[data-print="context"]');
    expect(await context.isVisible()).toBe(true);
    expect(await context.textContent()).toContain(address);
    expect(await context.textContent()).toMatch(
      /Figures as published on \d+ \w+ \d{4} \(the newest release for each month\)/,
    );
    for (const hidden of [
      '.controls',
      '[data-action="present"]',
      '#panel-sql',
      '.site-footer',
      '[data-section="headline"]',
      '[data-section="downloads"]',
      '[data-section="cite"]',
    ]) {
      expect(await page.isVisible(hidden), hidden).toBe(false);
    }
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(255, 255, 255)');

    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(CHARTS.length);
    expect(pdfPages(await page.pdf({ format: 'Letter', printBackground: true }))).toBe(
      CHARTS.length,
    );
    await page.close();
  });
});
