import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();
const YEN_AXIS = 'figure[data-chart="yen-amounts"] svg.chart-svg';

interface DocumentRecord {
  path: string;
  event: string;
  lang: string | null;
  hidden: boolean;
}

/**
 * Records, for every document the tab loads, when it was parsed and painted, in what language,
 * and whether it was hidden: kept in sessionStorage, which outlives a same-origin redirect.
 */
function recordDocuments(page: Page) {
  return page.addInitScript(() => {
    const log = (event: string) => {
      const root = document.documentElement as HTMLElement | null;
      const records = JSON.parse(sessionStorage.getItem('documents') ?? '[]') as unknown[];
      records.push({
        path: location.pathname,
        event,
        lang: root?.lang ?? null,
        hidden: root ? getComputedStyle(root).display === 'none' : true,
      });
      sessionStorage.setItem('documents', JSON.stringify(records));
    };
    document.addEventListener('DOMContentLoaded', () => log('DOMContentLoaded'));
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => log(entry.name)),
    ).observe({ type: 'paint', buffered: true });
  });
}

/** The head's tags about the page: title, description, canonical, alternates, card tags. */
function headAbout(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    tags: [...document.head.querySelectorAll('meta[name], meta[property], link[rel]')]
      .filter(
        (tag) => !/^(stylesheet|icon|modulepreload|preload)$/.test(tag.getAttribute('rel') ?? ''),
      )
      .map((tag) =>
        ['name', 'property', 'rel', 'hreflang', 'content', 'href']
          .map((attribute) => tag.getAttribute(attribute) ?? '')
          .join(' '),
      )
      .sort(),
  }));
}

describe('Japanese and English (production build)', () => {
  it('shows the page in Japanese from the address: words, 億円 amounts, 万, dates and names', async () => {
    const { page, baseUrl, consoleErrors } = await pages.open('?lang=ja');
    await waitForLiveCharts(page);
    // ?lang=ja on the English page is the Japanese page.
    await page.waitForURL(`${baseUrl}ja/`);
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

  it('switches language in place, moving to the other page’s address and keeping the view', async () => {
    const { page, baseUrl } = await pages.open('?from=2025-03');
    await waitForLiveCharts(page);
    await Promise.all([
      page.waitForURL(`${baseUrl}ja/?from=2025-03`),
      page.selectOption('[data-control="language"]', 'ja'),
    ]);
    await page.waitForSelector('html[lang="ja"][data-interactive]');
    expect(await page.inputValue('[data-control="month-from"]')).toBe('2025-03');
    expect(await page.textContent('figure[data-chart="yen-amounts"] h3')).toMatch(/売却|買付/);
    // The head now describes the Japanese page as its own prerendered HTML does: a link shared
    // from the browser names the page and the card the reader sees.
    const prerenderedJa = await pages.open('ja/', { javaScriptEnabled: false });
    expect(await headAbout(page)).toEqual(await headAbout(prerenderedJa.page));
    await prerenderedJa.page.close();
    // Back in English, the address names it, so that a Japanese browser is not sent back.
    await Promise.all([
      page.waitForURL(`${baseUrl}?lang=en&from=2025-03`),
      page.selectOption('[data-control="language"]', 'en'),
    ]);
    await page.waitForSelector('html[lang="en"][data-interactive]');
    await waitForLiveCharts(page);
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

  it('goes back and forth between the languages with the browser’s buttons', async () => {
    const { page, baseUrl } = await pages.open('?lang=en', { locale: 'ja-JP' });
    await waitForLiveCharts(page);
    await page.selectOption('[data-control="month-from"]', '2025-03');
    await page.waitForURL(`${baseUrl}?lang=en&from=2025-03`);
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );
    await Promise.all([
      page.waitForURL(`${baseUrl}ja/?from=2025-03`),
      page.selectOption('[data-control="language"]', 'ja'),
    ]);
    await page.goBack();
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    expect(await page.inputValue('[data-control="language"]')).toBe('en');
    // Still the same document (nothing loaded was lost), and the address keeps naming English.
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    await page.goForward();
    await page.waitForSelector('html[lang="ja"]', { state: 'attached' });
    expect(await page.textContent('figure[data-chart="yen-amounts"] h3')).toMatch(/売却|買付/);
    await page.goBack();
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
    await page.selectOption('[data-control="month-to"]', '2025-10');
    await page.waitForURL(`${baseUrl}?lang=en&from=2025-03&to=2025-10`);
    await page.close();
  });

  it('sends a Japanese browser to the Japanese page before drawing any English', async () => {
    const { page, baseUrl } = await pages.open('?from=2025-03', {
      locale: 'ja-JP',
      prepare: recordDocuments,
    });
    await page.waitForURL(`${baseUrl}ja/?from=2025-03`);
    await waitForLiveCharts(page);
    expect(await page.inputValue('[data-control="language"]')).toBe('ja');
    const records = JSON.parse(
      (await page.evaluate(() => sessionStorage.getItem('documents'))) ?? '[]',
    ) as DocumentRecord[];
    const painted = records.filter((record) => record.event !== 'DOMContentLoaded');
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.every((record) => record.lang === 'ja' && !record.hidden)).toBe(true);
    // The English document, if it got as far as being parsed, was never shown.
    const english = records.filter((record) => record.lang !== 'ja');
    expect(english.every((record) => record.hidden)).toBe(true);
    await page.close();
  });

  it('keeps a Japanese browser on the English page when the address says lang=en', async () => {
    const { page, baseUrl } = await pages.open('ja/?lang=en&to=2025-10', { locale: 'ja-JP' });
    await page.waitForURL(`${baseUrl}?lang=en&to=2025-10`);
    await page.waitForSelector('html[lang="en"]');
    expect(await page.inputValue('[data-control="language"]')).toBe('en');
    // A change of view keeps naming the language.
    await page.selectOption('[data-control="month-from"]', '2025-03');
    await page.waitForURL(`${baseUrl}?lang=en&from=2025-03&to=2025-10`);
    await page.close();
  });
});
