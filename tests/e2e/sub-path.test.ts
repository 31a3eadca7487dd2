import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

/** The tags a page's head carries about itself, read as the browser parsed them. */
function headTags(page: Page): Promise<Record<string, string | boolean | null>> {
  return page.evaluate(() => {
    const attribute = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? null;
    const meta = (key: string) =>
      attribute(`meta[property="${key}"], meta[name="${key}"]`, 'content');
    return {
      canonical: attribute('link[rel="canonical"]', 'href'),
      en: attribute('link[rel="alternate"][hreflang="en"]', 'href'),
      ja: attribute('link[rel="alternate"][hreflang="ja"]', 'href'),
      default: attribute('link[rel="alternate"][hreflang="x-default"]', 'href'),
      ...Object.fromEntries(
        [
          'og:title',
          'og:type',
          'og:url',
          'og:locale',
          'og:locale:alternate',
          'og:image',
          'og:image:width',
          'og:image:height',
          'twitter:card',
          'twitter:image',
        ].map((key) => [key, meta(key)]),
      ),
      described: [
        meta('description'),
        meta('og:description'),
        meta('twitter:description'),
        meta('og:image:alt'),
      ].every((text) => !!text && text.length > 20),
      title: document.title,
    };
  });
}

describe('the site under a sub-path (production build)', () => {
  it('requests every file from under its base path, DuckDB and the data included', async () => {
    const { page, baseUrl, requests, consoleErrors } = await pages.open();
    // npm test builds the site for /takeover-watch/, as a project site on GitHub Pages is served.
    expect(new URL(baseUrl).pathname).toBe('/takeover-watch/');
    await waitForLiveCharts(page);
    const urls = requests
      .map((request) => request.url())
      .filter((url) => !/^(blob|data):/.test(url));
    expect(urls.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    for (const pattern of [/\.wasm$/, /duckdb-browser-\w+\.worker.*\.js$/, /fsa_monthly.*\.csv$/])
      expect(
        urls.some((url) => pattern.test(url)),
        String(pattern),
      ).toBe(true);
    const failed = [];
    for (const request of requests) {
      const response = await request.response();
      if (response && response.status() >= 400)
        failed.push(`${response.status()} ${request.url()}`);
    }
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('serves the Japanese page in Japanese with JavaScript off', async () => {
    const { page } = await pages.open('ja/', { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.title()).toBe(
      'Takeover Watch：2025年の証券口座乗っ取り被害（金融庁公表データ）',
    );
    expect(await page.textContent('[data-headline="rise"]')).toContain(
      '2025年2月の33件から、2025年4月1日〜16日には736件',
    );
    expect(await page.textContent('figure[data-chart="monthly-counts"] h3')).toBe(
      '不正取引件数と不正アクセス件数の月別推移',
    );
    const april = (chart: string) =>
      page.textContent(`figure[data-chart="${chart}"] tr[data-month="2025-04"]`);
    expect(await april('monthly-counts')).toMatch(/2025年4月.*2,987/);
    expect(await april('yen-amounts')).toMatch(/2025年4月.*1,561億円/);
    expect(await page.textContent('main')).toContain('1万7559');
    await page.close();
  });

  it('serves the English page in English with JavaScript off', async () => {
    const { page } = await pages.open('', { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Takeover Watch: hijacked brokerage accounts in Japan, 2025');
    expect(await page.textContent('[data-headline="rise"]')).toContain(
      'from 33 in Feb 2025 to 736 in 1–16 Apr 2025',
    );
    expect(
      await page.textContent('figure[data-chart="monthly-counts"] tr[data-month="2025-04"]'),
    ).toMatch(/Apr 2025.*2,987/);
    await page.close();
  });

  it.each([
    ['the root', '', 'en', 'cards/en.png'],
    ['ja/', 'ja/', 'ja', 'cards/ja.png'],
    ['ja/chart/stocks/', 'ja/chart/stocks/', 'ja', 'cards/ja-stocks.png'],
  ])('gives %s its canonical, hreflang and share-card tags', async (_, path, lang, card) => {
    const own = path;
    const { page } = await pages.open(path, { javaScriptEnabled: false });
    const base = new URL(page.url()).pathname.slice(0, -path.length || undefined);
    const twin = (language: string) =>
      `${base}${language === 'ja' ? 'ja/' : ''}${own.replace(/^ja\//, '')}`;
    expect(await headTags(page)).toMatchObject({
      canonical: `${base}${own}`,
      en: twin('en'),
      ja: twin('ja'),
      default: twin('en'),
      'og:type': 'website',
      'og:url': `${base}${own}`,
      'og:locale': lang === 'ja' ? 'ja_JP' : 'en_US',
      'og:locale:alternate': lang === 'ja' ? 'en_US' : 'ja_JP',
      'og:image': `${base}${card}`,
      'og:image:width': '1200',
      'og:image:height': '630',
      'twitter:card': 'summary_large_image',
      'twitter:image': `${base}${card}`,
      described: true,
    });
    const tags = await headTags(page);
    expect(tags['og:title']).toBe(tags.title);
    await page.close();
  });
});
