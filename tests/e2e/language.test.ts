import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();
const YEN_AXIS = 'figure[data-chart="yen-amounts"] svg.chart-svg';

describe('Japanese and English (production build)', () => {
  it('shows the page in Japanese from the address: words, 億円 amounts, 万, dates and names', async () => {
    const { page, consoleErrors } = await pages.open('?lang=ja');
    await waitForLiveCharts(page);
    await page.waitForSelector('html[lang="ja"]');
    expect(await page.textContent('figure[data-chart="monthly-counts"] h3')).toBe(
      '不正取引件数と不正アクセス件数の月別推移',
    );
    const headline = (await page.textContent('main')) ?? '';
    expect(headline).toContain('7,393億円');
    expect(headline).toContain('1万7559');
    expect(headline).not.toContain('¥739.3bn');
    const axis = await page.locator(`${YEN_AXIS} text`).allTextContents();
    expect(axis.some((label) => label.includes('¥'))).toBe(false);
    expect(axis).toContain('億円');
    expect(await page.textContent('figure[data-chart="monthly-counts"] .takeaway')).toContain(
      '2025年4月',
    );
    expect(
      await page.locator('[data-action="highlight-broker"]', { hasText: '楽天証券' }).count(),
    ).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('switches language in place and keeps the choice in the address', async () => {
    const { page } = await pages.open('?from=2025-03');
    await waitForLiveCharts(page);
    await page.selectOption('[data-control="language"]', 'ja');
    await page.waitForSelector('html[lang="ja"]');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ja');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2025-03');
    expect(await page.textContent('figure[data-chart="yen-amounts"] h3')).toMatch(/売却|買付/);
    await page.selectOption('[data-control="language"]', 'en');
    await page.waitForSelector('html[lang="en"]');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.textContent('figure[data-chart="monthly-counts"] h3')).toBe(
      'Fraudulent trades and unauthorized accesses by month',
    );
    const figure = page.locator('figure[data-chart="monthly-counts"]');
    expect(await figure.getAttribute('aria-describedby')).toBe('monthly-counts-description');
    expect(await page.textContent('#monthly-counts-description')).toContain(
      'Fraudulent trades rose from 95 in Jan 2025 to 2,987 in Apr 2025, then fell to 138 in Nov 2025.',
    );
    await page.close();
  });

  it('follows the browser’s language when the address names none', async () => {
    const { page } = await pages.open('', { locale: 'ja-JP' });
    await waitForLiveCharts(page);
    await page.waitForSelector('html[lang="ja"]');
    expect(await page.inputValue('[data-control="language"]')).toBe('ja');
    await page.close();
  });
});
