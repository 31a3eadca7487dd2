import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const marks = (chart: string, extra = '') =>
  `figure[data-chart="${chart}"] .event-mark[data-event-date]${extra}`;
/** data/events.csv holds 55 events; one (2026-01-14) falls after the charts' last month. */
const ON_CHART = 54;

describe('dated events on the time charts (production build)', () => {
  it('marks every event in the charts’ months, labels the key ones and lists them in a table', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    expect(await page.locator(marks('monthly-counts')).count()).toBe(ON_CHART);
    expect(await page.locator(marks('yen-amounts')).count()).toBe(ON_CHART);
    expect(
      await page.locator(marks('monthly-counts', '[data-event-category="broker"]')).count(),
    ).toBe(21);
    const labels = await page
      .locator('figure[data-chart="monthly-counts"] .event-label')
      .allTextContents();
    expect(labels).toEqual(['FSA’s first table', 'Minister’s request', 'MFA made mandatory']);
    const mark = page.locator(
      marks('monthly-counts', '[data-event-date="2025-04-22"][data-event-category="regulator"]'),
    );
    expect(await mark.getAttribute('aria-label')).toMatch(/^22 Apr 2025, Regulator: FSA Minister/);
    expect(await mark.getAttribute('tabindex')).toBe('0');
    await page.click('figure[data-chart="monthly-counts"] [data-action="show-table"]');
    const rows = page.locator('figure[data-chart="monthly-counts"] [data-table="events"] tbody tr');
    expect(await rows.count()).toBe(55);
    const link = rows.first().locator('a');
    expect(await link.getAttribute('href')).toBe(
      'https://www.nippon.com/ja/news/yjj2025112800786/',
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('hides a category’s markers when the reader unchecks it, and keeps that in the address', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const broker = '[data-control="event-category"][value="broker"]';
    expect(await page.locator('[data-control="event-category"]').count()).toBe(7);
    expect(await page.isChecked(broker)).toBe(true);
    await page.uncheck(broker);
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('events') === 'broker',
    );
    expect(
      await page.locator(marks('monthly-counts', '[data-event-category="broker"]')).count(),
    ).toBe(0);
    expect(await page.locator(marks('yen-amounts', '[data-event-category="broker"]')).count()).toBe(
      0,
    );
    expect(await page.locator(marks('monthly-counts')).count()).toBe(ON_CHART - 21);
    expect(
      await page.locator('figure[data-chart="monthly-counts"] [data-event-row="broker"]').count(),
    ).toBe(0);

    const shared = await pages.open('?events=broker,media');
    await waitForLiveCharts(shared.page);
    expect(await shared.page.isChecked(broker)).toBe(false);
    expect(await shared.page.isChecked('[data-control="event-category"][value="media"]')).toBe(
      false,
    );
    expect(await shared.page.locator(marks('monthly-counts')).count()).toBe(ON_CHART - 21 - 2);
    await shared.page.close();
    await page.close();
  });

  it('shows an event’s date, category, description and source when its marker has focus', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.focus(
      marks('monthly-counts', '[data-event-date="2025-04-18"][data-event-category="regulator"]'),
    );
    const tip = await page
      .locator('figure[data-chart="monthly-counts"] [role="tooltip"]')
      .textContent();
    expect(tip).toContain('18 Apr 2025 · Regulator');
    expect(tip).toContain('FSA update: 6 firms, 3,312 unauthorized accesses');
    expect(tip).toContain('Source: nippon.com');
    await page.keyboard.press('Tab');
    expect(
      await page.locator('figure[data-chart="monthly-counts"] [role="tooltip"]').textContent(),
    ).toContain('22 Apr 2025');
    await page.close();
  });

  it('is in the prerendered page, before any JavaScript runs', async () => {
    const { page } = await pages.open('', { javaScriptEnabled: false });
    expect(await page.locator(marks('monthly-counts')).count()).toBe(ON_CHART);
    expect(await page.locator(marks('yen-amounts')).count()).toBe(ON_CHART);
    expect(
      await page.locator('figure[data-chart="monthly-counts"] .event-label').first().textContent(),
    ).toBe('FSA’s first table');
    await page.close();
  });
});
