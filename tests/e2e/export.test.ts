import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

const figure = (id: string) => `figure[data-chart="${id}"]`;
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The SVG file as the browser's XML parser reads it: root, size and all its text in order. */
function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...root.querySelectorAll('text')].map((node) => node.textContent).join(' '),
      styleSheets: root.querySelectorAll('style, link').length,
    };
  }, text);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart images and embeds (production build)', () => {
  it.each([
    ['monthly-counts', '', 'Latest figures, as published up to 14 Jan 2026'],
    ['yen-amounts', '?release=2025-10-06', 'Figures as published on 6 Oct 2025'],
    ['release-changes', '?release=2025-05-08', 'Figures as published on 8 May 2025'],
  ])(
    'exports %s (%s) as a standalone SVG and a PNG at twice its size',
    async (id, query, dateLine) => {
      const { page, baseUrl, requests, consoleErrors } = await pages.open(query);
      await waitForLiveCharts(page);
      const shown = await page.$eval(figure(id), (element) => ({
        title: element.querySelector('h3')?.textContent ?? null,
        takeaway: element.querySelector('.takeaway')?.textContent ?? null,
        sources: element.querySelector('.sources')?.textContent ?? null,
        plotWidth: element.querySelector('.plot')?.clientWidth ?? 0,
      }));
      expect(words(shown.takeaway)).not.toBe('');
      expect(words(shown.sources)).toMatch(/^Sources: \[1\]/);

      const svgFile = await download(page, `${figure(id)} [data-action="download-svg"]`);
      expect(svgFile.name).toBe(`takeover-watch-${id}.svg`);
      const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
      expect(svg).toMatchObject({
        error: false,
        root: 'svg',
        namespace: 'http://www.w3.org/2000/svg',
        styleSheets: 0,
      });
      expect(svg.width).toBe(shown.plotWidth + 40);
      const text = words(svg.text);
      expect(text).toContain(words(shown.title));
      expect(text).toContain(words(shown.takeaway));
      expect(text).toContain(words(shown.sources));
      expect(text).toContain(dateLine);
      // A shared address names its language, so it opens as it was seen.
      expect(text).toContain(`${baseUrl}?lang=en${query.replace('?', '&')}`);

      const png = await download(page, `${figure(id)} [data-action="download-png"]`);
      expect(png.name).toBe(`takeover-watch-${id}.png`);
      expect(pngSize(png.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });

      const origin = new URL(baseUrl).origin;
      const elsewhere = requests.map((request) => request.url());
      expect(
        elsewhere.filter((url) => !/^(blob:|data:)/.test(url) && new URL(url).origin !== origin),
      ).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it('shows one chart alone for ?embed=ID, from its own origin only, without errors', async () => {
    const { page, baseUrl, requests, consoleErrors } = await pages.open('?embed=monthly-counts');
    await page.waitForSelector(`${figure('monthly-counts')}[data-embedded][data-state="ready"]`);
    const visible = await page.evaluate(() => ({
      figures: [...document.querySelectorAll<HTMLElement>('figure[data-chart]')]
        .filter((element) => element.checkVisibility())
        .map((element) => element.dataset.chart),
      header: document.querySelector('.site-header')?.checkVisibility() ?? false,
      controls: document.querySelector('.controls')?.checkVisibility() ?? false,
      buttons: document.querySelectorAll('figure[data-embedded] [data-action^="download-"]').length,
      // "…to filter the other charts": an embedded chart has none.
      hint: document
        .querySelector<HTMLElement>('figure[data-embedded]')
        ?.innerText.includes('Drag across'),
    }));
    expect(visible).toEqual({
      figures: ['monthly-counts'],
      header: false,
      controls: false,
      buttons: 0,
      hint: false,
    });
    expect(await page.textContent(`${figure('monthly-counts')} .sources`)).toMatch(/^\s*Sources:/);
    const back = await page.getAttribute(`${figure('monthly-counts')} .back a`, 'href');
    expect(new URL(back ?? '', page.url()).href).toBe(`${baseUrl}?lang=en`);

    const origin = new URL(baseUrl).origin;
    expect(
      requests.map((request) => request.url()).filter((url) => new URL(url).origin !== origin),
    ).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('gives an iframe snippet whose script fits the frame to the chart it embeds', async () => {
    const { page, baseUrl } = await pages.open();
    await waitForLiveCharts(page);
    await page.click(`${figure('yen-amounts')} [data-action="embed"]`);
    const snippet = await page.inputValue(`${figure('yen-amounts')} [data-embed-code] textarea`);
    // The snippet shows the chart's own page, in the language it was made from.
    expect(snippet).toContain(`<iframe src="${baseUrl}chart/yen-amounts/?lang=en"`);
    expect(snippet).toContain(`e.origin !== ${JSON.stringify(new URL(baseUrl).origin)}`);
    await page.close();

    const host = await pages.open('', {
      prepare: (hostPage) =>
        hostPage.route(`${baseUrl}host.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><body>${snippet}</body>`,
          }),
        ),
    });
    await host.page.goto(`${baseUrl}host.html`);
    const frame = host.page.locator('iframe');
    await host.page.waitForFunction(() =>
      /px$/.test(document.querySelector('iframe')?.style.height ?? ''),
    );
    const height = await frame.evaluate((element) => parseFloat(element.style.height));
    const inner = await host.page
      .frameLocator('iframe')
      .locator(`${figure('yen-amounts')}[data-embedded]`)
      .evaluate((element) => element.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(inner);
    expect(height).toBeLessThan(inner + 60);
    await host.page.close();
  });
});
