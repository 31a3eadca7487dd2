import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages } from '../support/page-session';

const pages = usePages();
const section = (id: string) => `.lazy-section[data-lazy="${id}"]`;
const hydrated = (page: Page, id: string) => page.getAttribute(section(id), 'data-hydrated');

/** A browser that is never idle: sections wait for the reader, not for spare time. */
const neverIdle = (page: Page) =>
  page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });

describe('sections taken over on their own (production build)', () => {
  it('are taken over only when the reader comes near them', async () => {
    const { page, consoleErrors } = await pages.open('', { prepare: neverIdle });
    await page.waitForSelector(`${section('monthly-counts')}[data-hydrated="true"]`);
    for (const id of ['stocks', 'revision-history', 'release-changes', 'cite'])
      expect(await hydrated(page, id)).toBe('false');
    // Until then they show what the build drew.
    expect(await page.isVisible('figure[data-chart="stocks"] svg')).toBe(true);

    const mark = () =>
      page.$eval('figure[data-chart="stocks"]', (figure) => figure.hasAttribute('data-marked'));
    await page.$eval('figure[data-chart="stocks"]', (figure) =>
      figure.setAttribute('data-marked', ''),
    );

    await page.locator('figure[data-chart="stocks"]').scrollIntoViewIfNeeded();
    await page.waitForSelector(`${section('stocks')}[data-hydrated="true"]`);
    expect(await hydrated(page, 'cite')).toBe('false');
    // Taking over keeps the server's nodes rather than drawing them again.
    expect(await mark()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('include the headline, taken over after the page, keeping the server’s nodes', async () => {
    const { page, consoleErrors } = await pages.open('', {
      prepare: (page) =>
        page.addInitScript(() => {
          const seen = { headlineLiveWithPage: null as boolean | null };
          Object.assign(window, { seen });
          new MutationObserver((_, observer) => {
            const headline = document.querySelector('[data-section="headline"]');
            if (headline) Object.assign(headline, { fromServer: true });
            if (!document.documentElement.dataset.interactive) return;
            const wrapper = document.querySelector('.lazy-section[data-lazy="headline"]');
            seen.headlineLiveWithPage = wrapper?.getAttribute('data-hydrated') === 'true';
            observer.disconnect();
          }).observe(document, { subtree: true, childList: true, attributes: true });
        }),
    });
    await page.waitForSelector(`${section('headline')}[data-hydrated="true"]`);
    expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({
      headlineLiveWithPage: false,
    });
    expect(
      await page.$eval('[data-section="headline"]', (headline) => 'fromServer' in headline),
    ).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('are taken over at once when the reader reaches into or points at one', async () => {
    const { page } = await pages.open('', { prepare: neverIdle });
    // A pointer coming over one, before it reaches the element under it.
    expect(await hydrated(page, 'stocks')).toBe('false');
    await page.dispatchEvent('figure[data-chart="stocks"] svg', 'pointerover');
    expect(await hydrated(page, 'stocks')).toBe('true');
    expect(await hydrated(page, 'release-changes')).toBe('false');
    await page.focus('figure[data-chart="release-changes"] [data-action="download-csv"]');
    expect(await hydrated(page, 'release-changes')).toBe('true');
    await page.close();
  });

  it('keep a table the reader opened before they were taken over open, with its rows', async () => {
    const { page, consoleErrors } = await pages.open('', { prepare: neverIdle });
    const table = 'figure[data-chart="brokers"] details.table-wrap';
    expect(await hydrated(page, 'brokers')).toBe('false');
    // As a reader's tap does before the page's code has loaded: the browser opens it alone.
    await page.$eval(table, (details) => ((details as HTMLDetailsElement).open = true));
    await page.locator('figure[data-chart="brokers"]').scrollIntoViewIfNeeded();
    await page.waitForSelector(`${section('brokers')}[data-hydrated="true"]`);
    await page.locator(`${table} tr[data-month]`).first().waitFor();
    expect(await page.$eval(table, (details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(`${table} tr[data-month]`).count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('open a table the reader clicks with its rows in the same frame, taken over or not', async () => {
    const { page, consoleErrors } = await pages.open('', { prepare: neverIdle });
    const table = 'figure[data-chart="stocks"] details.table-wrap';
    await page.locator('figure[data-chart="stocks"]').evaluate((figure) => {
      figure.scrollIntoView();
      window.scrollBy(0, -window.innerHeight * 3);
    });
    // Sample every frame: an open table without rows is what the reader would see.
    await page.evaluate(`(() => {
      window.__emptyFrames = 0;
      const sample = () => {
        const details = document.querySelector('${table}');
        if (details && details.open && !details.querySelector('tbody tr')) window.__emptyFrames += 1;
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    })()`);
    for (const round of [1, 2, 3]) {
      if (round === 1) expect(await hydrated(page, 'stocks')).toBe('false');
      await page.click(`${table} [data-action="show-table"]`);
      await page.locator(`${table} tbody tr`).first().waitFor();
      await page.click(`${table} [data-action="show-table"]`);
      await page.waitForFunction(
        (css) => !document.querySelector(css)?.hasAttribute('open'),
        table,
      );
    }
    expect(await hydrated(page, 'stocks')).toBe('true');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate('window.__emptyFrames')).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('show a month range chosen before they were taken over', async () => {
    const { page, consoleErrors } = await pages.open('', { prepare: neverIdle });
    const brokerMonths = () =>
      page
        .locator('figure[data-chart="brokers"] tr[data-month]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-month')));
    expect(await brokerMonths()).toContain('2025-04');
    expect(await hydrated(page, 'brokers')).toBe('false');

    await page.selectOption('[data-control="month-to"]', '2025-03');
    await page.waitForSelector(`${section('brokers')}[data-hydrated="true"]`);
    // Taken over, a closed table is drawn only when opened.
    await page.click('figure[data-chart="brokers"] [data-action="show-table"]');
    await page.locator('figure[data-chart="brokers"] tr[data-month]').first().waitFor();
    const months = await brokerMonths();
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((month) => month !== null && month <= '2025-03')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
