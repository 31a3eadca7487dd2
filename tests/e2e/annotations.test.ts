import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const figure = (chart: string) => `figure[data-chart="${chart}"]`;
const markers = (chart: string) => `${figure(chart)} .event-marker[data-events]`;
/** The marker that holds an event: `date:category` is one of its `data-events` tokens. */
const markerOf = (chart: string, token: string) =>
  `${figure(chart)} .event-marker[data-events~="${token}"]`;
const list = (chart: string) => `${figure(chart)} .event-popover`;
/** data/events.csv holds 55 events; one (2026-01-14) falls after the charts' last month. */
const ON_CHART = 54;
const KEY_LABELS = ['FSA’s first table', 'Minister’s request', 'MFA made mandatory'];

/** Every event token a chart's markers hold, in order, and how many markers hold them. */
function lane(page: Page, chart: string) {
  return page.$$eval(markers(chart), (elements) => ({
    markers: elements.length,
    tokens: elements.flatMap((element) => element.getAttribute('data-events')?.split(' ') ?? []),
    counts: elements.map((element) => Number(element.getAttribute('data-count'))),
    centres: elements.map((element) => {
      const box = element.getBoundingClientRect();
      return box.left + box.width / 2;
    }),
  }));
}

/** How far the monthly chart's lowest event marker stays above its plot area (never into it). */
const clearance = (page: Page) =>
  page.$eval(figure('monthly-counts'), (element) => {
    const plot = element.querySelector('.brush-surface')?.getBoundingClientRect().top ?? NaN;
    const bottoms = [...element.querySelectorAll('.event-marker')].map(
      (marker) => marker.getBoundingClientRect().bottom,
    );
    return plot - Math.max(...bottoms);
  });

/** Whether a chart's open list fits its card and the screen, and scrolls to its last event. */
const listRoom = (page: Page, chart: string) =>
  page.$eval(list(chart), async (element) => {
    const box = element.getBoundingClientRect();
    const card = element.closest('figure')?.getBoundingClientRect() ?? box;
    const scrolls = element.scrollHeight > element.clientHeight;
    element.scrollTop = element.scrollHeight;
    await new Promise(requestAnimationFrame);
    const last = element.querySelector('li:last-child')?.getBoundingClientRect();
    return {
      insideCard: box.bottom <= card.bottom,
      onScreen: box.top >= 0 && box.bottom <= window.innerHeight + 1,
      scrolls,
      lastReached: last !== undefined && last.bottom <= box.bottom + 1,
    };
  });

describe('dated events on the time charts (production build)', () => {
  it('holds every event in the lane above the plot, rules only the key ones, and lists them in a table', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    for (const chart of ['monthly-counts', 'yen-amounts']) {
      const drawn = await lane(page, chart);
      expect(drawn.tokens).toHaveLength(ON_CHART);
      expect(drawn.counts.reduce((sum, count) => sum + count, 0)).toBe(ON_CHART);
      expect(drawn.tokens.filter((token) => token.endsWith(':broker'))).toHaveLength(21);
      // Grouped where they would collide: fewer markers than events, none too close.
      expect(drawn.markers).toBeLessThan(ON_CHART);
      const gaps = drawn.centres
        .slice(1)
        .map((centre, index) => centre - (drawn.centres[index] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(21.5);
      const labels = await page.locator(`${figure(chart)} .event-label`).allTextContents();
      expect(labels).toEqual(KEY_LABELS);
      expect(await page.locator(`${figure(chart)} .event-rule`).count()).toBe(3);
    }
    expect(await clearance(page)).toBeGreaterThanOrEqual(0);

    const minister = page.locator(markerOf('monthly-counts', '2025-04-22:regulator'));
    const name = await minister.getAttribute('aria-label');
    expect(name).toMatch(/^\d+ events, \d+ \w+ 2025 – \d+ \w+ 2025: /);
    expect(name).toContain('; 22 Apr 2025, Regulator: FSA Minister Katsunobu Kato says');
    expect(await minister.getAttribute('role')).toBe('button');
    expect(await minister.getAttribute('tabindex')).toBe('0');
    expect(await minister.getAttribute('aria-expanded')).toBe('false');

    await page.click(`${figure('monthly-counts')} [data-action="show-table"]`);
    const rows = page.locator(`${figure('monthly-counts')} [data-table="events"] tbody tr`);
    // An opened table draws its rows in the frame after the click.
    await expect.poll(() => rows.count()).toBe(55);
    expect(await rows.first().locator('a').getAttribute('href')).toBe(
      'https://www.nippon.com/ja/news/yjj2025112800786/',
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('hides a category’s events when the reader unchecks it, and keeps that in the address', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const broker = '[data-control="event-category"][value="broker"]';
    expect(await page.locator('[data-control="event-category"]').count()).toBe(7);
    expect(await page.isChecked(broker)).toBe(true);
    await page.uncheck(broker);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('events') === 'broker',
    );
    for (const chart of ['monthly-counts', 'yen-amounts']) {
      const drawn = await lane(page, chart);
      expect(drawn.tokens).toHaveLength(ON_CHART - 21);
      expect(drawn.tokens.filter((token) => token.endsWith(':broker'))).toEqual([]);
    }
    expect(
      await page.locator(`${figure('monthly-counts')} [data-event-row="broker"]`).count(),
    ).toBe(0);

    const shared = await pages.open('?events=broker,media');
    await waitForLiveCharts(shared.page);
    expect(await shared.page.isChecked(broker)).toBe(false);
    expect(await shared.page.isChecked('[data-control="event-category"][value="media"]')).toBe(
      false,
    );
    expect((await lane(shared.page, 'monthly-counts')).tokens).toHaveLength(ON_CHART - 21 - 2);
    await shared.page.close();
    await page.close();
  });

  it('lists a marker’s events on focus; Escape closes the list, Enter and Space open and close it', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const first = markerOf('monthly-counts', '2025-04-18:regulator');
    await page.focus(first);
    const shown = await page.locator(list('monthly-counts')).textContent();
    expect(shown).toContain('18 Apr 2025 · Regulator');
    expect(shown).toContain('FSA update: 6 firms, 3,312 unauthorized accesses');
    expect(shown).toContain('Source: nippon.com');
    expect(await page.getAttribute(list('monthly-counts'), 'role')).toBe('tooltip');
    const id = await page.getAttribute(list('monthly-counts'), 'id');
    expect(await page.getAttribute(first, 'aria-expanded')).toBe('true');
    expect(await page.getAttribute(first, 'aria-controls')).toBe(id);
    // Every event the marker stands for, in date order.
    const dates = (await page.getAttribute(first, 'data-events'))?.split(' ') ?? [];
    expect(await page.locator(`${list('monthly-counts')} li`).count()).toBe(dates.length);

    await page.keyboard.press('Escape');
    await page.waitForSelector(list('monthly-counts'), { state: 'detached' });
    expect(await page.getAttribute(first, 'aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForSelector(list('monthly-counts'));
    await page.keyboard.press(' ');
    await page.waitForSelector(list('monthly-counts'), { state: 'detached' });
    await page.keyboard.press(' ');
    await page.waitForSelector(list('monthly-counts'));

    // Tab goes on to the next marker, whose list replaces this one.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-count'));
    expect(await page.locator(`${list('monthly-counts')} li`).count()).toBe(Number(next));
    expect(await page.getAttribute(first, 'aria-expanded')).toBe('false');
    expect(
      await page
        .locator(`${markers('monthly-counts')}[aria-expanded="true"]`)
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.close();
  });

  it('scrolls a long list with the arrow keys from its marker', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const counts = (await lane(page, 'monthly-counts')).counts;
    await page
      .locator(markers('monthly-counts'))
      .nth(counts.indexOf(Math.max(...counts)))
      .focus();
    await page.waitForSelector(list('monthly-counts'));
    const scrolled = () => page.$eval(list('monthly-counts'), (element) => element.scrollTop);
    expect(await scrolled()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(scrolled).toBeGreaterThan(0);
    const down = await scrolled();
    await page.keyboard.press('ArrowUp');
    await expect.poll(scrolled).toBeLessThan(down);
    // At the list's end, the arrows scroll the page again.
    await page.$eval(list('monthly-counts'), (element) => {
      element.scrollTop = element.scrollHeight;
    });
    const pageAt = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(pageAt);
    expect(await listRoom(page, 'monthly-counts')).toMatchObject({
      insideCard: true,
      scrolls: true,
    });
    await page.close();
  });

  it('lists a group on hover and closes when the pointer leaves', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const group = `${markers('monthly-counts')}:not([data-count="1"])`;
    const count = Number(await page.getAttribute(group, 'data-count'));
    await page.hover(group);
    await page.waitForSelector(list('monthly-counts'));
    expect(await page.locator(`${list('monthly-counts')} li`).count()).toBe(count);
    expect(await page.locator(`${list('monthly-counts')} .heading`).textContent()).toMatch(
      new RegExp(`^${count} events, `),
    );
    await page.mouse.move(5, 5);
    await page.waitForSelector(list('monthly-counts'), { state: 'detached' });
    await page.close();
  });

  it('at 320 px: fewer, larger groups, every event still there, labels apart; a tap opens a list', async () => {
    const { page } = await pages.open('', { phone: { width: 320 } });
    await waitForLiveCharts(page);
    const drawn = await lane(page, 'monthly-counts');
    expect(drawn.tokens).toHaveLength(ON_CHART);
    expect(drawn.markers).toBeLessThanOrEqual(8);
    expect(await clearance(page)).toBeGreaterThanOrEqual(0);
    const labels = await page.$$eval(`${figure('monthly-counts')} .event-label`, (elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        const { left, top, right, bottom } = box;
        return { text: element.textContent ?? '', box: { left, top, right, bottom } };
      }),
    );
    const plot = await page.$eval(`${figure('monthly-counts')} svg.chart-svg`, (svg) => {
      const box = svg.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    expect(labels.map((label) => label.text.replace(/\s/g, '')).join('')).toBe(
      KEY_LABELS.join('').replace(/\s/g, ''),
    );
    for (const [index, { box }] of labels.entries()) {
      expect(box.left).toBeGreaterThanOrEqual(plot.left);
      expect(box.right).toBeLessThanOrEqual(plot.right);
      for (const { box: other } of labels.slice(index + 1)) {
        const apart =
          box.right <= other.left ||
          other.right <= box.left ||
          box.bottom <= other.top ||
          other.bottom <= box.top;
        expect(apart).toBe(true);
      }
    }

    const biggest = drawn.counts.indexOf(Math.max(...drawn.counts));
    await page.locator(markers('monthly-counts')).nth(biggest).tap();
    await page.waitForSelector(list('monthly-counts'));
    const popover = await page.$eval(list('monthly-counts'), (element) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, right: box.right, items: element.querySelectorAll('li').length };
    });
    expect(popover.items).toBe(drawn.counts[biggest]);
    expect(popover.left).toBeGreaterThanOrEqual(0);
    expect(popover.right).toBeLessThanOrEqual(320);
    // The group's list was 2,700 px tall, cut off at its card's edge after eight events: it now
    // scrolls within the card and the screen, and its last event scrolls into view.
    expect(await listRoom(page, 'monthly-counts')).toEqual({
      insideCard: true,
      onScreen: true,
      scrolls: true,
      lastReached: true,
    });
    // A tap on the list keeps it open (to read and scroll); a tap elsewhere closes it.
    await page.tap(`${list('monthly-counts')} li`);
    expect(await page.locator(list('monthly-counts')).count()).toBe(1);
    await page.tap(`${figure('monthly-counts')} h3`);
    await page.waitForSelector(list('monthly-counts'), { state: 'detached' });
    await page.close();
  });

  it('names markers and lists events in Japanese on the Japanese page', async () => {
    const { page } = await pages.open('ja/');
    await waitForLiveCharts(page);
    const minister = markerOf('monthly-counts', '2025-04-22:regulator');
    const name = (await page.getAttribute(minister, 'aria-label')) ?? '';
    expect(name).toMatch(/^出来事\d+件（2025年\d+月\d+日〜.*）：/);
    expect(name).toContain('。2025年4月22日、当局：加藤勝信金融相が');
    await page.focus(minister);
    const heading = await page.locator(`${list('monthly-counts')} .heading`).textContent();
    expect(heading).toMatch(/^出来事\d+件（/);
    expect(await page.locator(list('monthly-counts')).textContent()).toContain(
      '2025年4月22日 · 当局',
    );
    await page.close();
  });

  it('keeps Escape for an open list in the slides, and the lane in slides and print', async () => {
    const { page } = await pages.open('?present=1');
    await page.waitForSelector('nav.slide-deck');
    await page.waitForSelector('main[data-figures="live"]', { timeout: 90_000 });
    expect((await lane(page, 'monthly-counts')).tokens).toHaveLength(ON_CHART);
    await page.focus(markerOf('monthly-counts', '2025-04-18:regulator'));
    await page.waitForSelector(list('monthly-counts'));
    await page.keyboard.press('Escape');
    await page.waitForSelector(list('monthly-counts'), { state: 'detached' });
    expect(await page.isVisible('nav.slide-deck')).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('nav.slide-deck', { state: 'detached' });

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible(markers('monthly-counts'))).toBe(true);
    expect(await page.locator(`${figure('monthly-counts')} .event-label`).count()).toBe(3);
    await page.close();
  });

  it('exports the lane and the key labels, not an open list', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.focus(markerOf('monthly-counts', '2025-04-18:regulator'));
    await page.waitForSelector(list('monthly-counts'));
    // A click from script leaves focus, and so the open list, where it is.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.$eval(`${figure('monthly-counts')} [data-action="download-svg"]`, (button) =>
        (button as HTMLButtonElement).click(),
      ),
    ]);
    expect(await page.locator(list('monthly-counts')).count()).toBe(1);
    const svg = await readFile(await file.path(), 'utf8');
    const exported = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        counts: [...doc.querySelectorAll('[data-count]')].map((node) =>
          Number(node.getAttribute('data-count')),
        ),
        text: [...doc.querySelectorAll('text')].map((node) => node.textContent).join(' '),
      };
    }, svg);
    expect(exported.counts.reduce((sum, count) => sum + count, 0)).toBe(ON_CHART);
    for (const label of KEY_LABELS) expect(exported.text).toContain(label);
    expect(exported.text).not.toContain('18 Apr 2025 · Regulator');
    expect(exported.text).not.toContain('Source: nippon.com');
    await page.close();
  });

  it('is in the prerendered page, before any JavaScript runs', async () => {
    const { page } = await pages.open('', { javaScriptEnabled: false });
    for (const chart of ['monthly-counts', 'yen-amounts']) {
      const drawn = await lane(page, chart);
      expect(drawn.tokens).toHaveLength(ON_CHART);
      expect(await page.locator(`${figure(chart)} .event-label`).allTextContents()).toEqual(
        KEY_LABELS,
      );
    }
    await page.close();
  });
});
