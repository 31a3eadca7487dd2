import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { chooseFile, confirmUpload, fixturePath } from '../support/upload-page';
import { serveWithoutScripts } from '../support/without-javascript';

const pages = usePages();

/** What axe-core finds against WCAG 2.1 A and AA, as lines a failing test can show. */
async function violations(page: Page, view: string): Promise<string[]> {
  // axe-core reads colours from what is drawn: the sections the page draws only as they come near
  // the viewport (content-visibility: auto) are drawn for it first, as a reader's scrolling would.
  await page.addStyleTag({ content: 'main * { content-visibility: visible !important; }' });
  const result = await new AxeBuilder({ page })
    // Label in name (WCAG 2.5.3, level A) is tagged experimental in axe-core, so off unless asked.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${view}: ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

/** Every view a reader can reach: the page, its panels, slides, an embed, an upload's report. */
const VIEWS: {
  name: string;
  query: string;
  /** The chart that must be drawn live before checking (slides and embeds show only one). */
  shows?: string;
  then?: (page: Page) => Promise<void>;
}[] = [
  { name: 'page', query: '' },
  {
    name: 'panels',
    query: 'open=sql,check&sql=SELECT%201',
    then: (page) => page.click('[data-action="run-sql"]'),
  },
  { name: 'first slide', query: 'present=1', shows: 'monthly-counts' },
  { name: 'stocks slide', query: 'present=1&slide=stocks', shows: 'stocks' },
  { name: 'embed', query: 'embed=yen-amounts', shows: 'yen-amounts' },
  {
    name: 'upload',
    query: '',
    then: async (page) => {
      await chooseFile(page, fixturePath('incidents-small.csv'));
      await confirmUpload(page);
      await page.waitForSelector('figure[data-chart="upload-incidents-month"][data-state="ready"]');
    },
  },
];

describe('accessibility (axe-core, WCAG 2.1 AA, production build)', () => {
  it('finds a violation when there is one (the check itself works)', async () => {
    const { page } = await pages.open('');
    await waitForLiveCharts(page);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = '埋め込み';
      button.setAttribute('aria-label', '「グラフ」を他のページに埋め込む');
      document.querySelector('main')?.append(document.createElement('img'), button);
    });
    const found = (await violations(page, 'page')).join('\n');
    expect(found).toContain('image-alt');
    expect(found).toContain('label-content-name-mismatch');
    await page.close();
  });

  const PAGE_PATH = { en: '', ja: 'ja/' } as const;

  for (const lang of ['en', 'ja'] as const)
    for (const theme of ['light', 'dark'] as const) {
      it(`the prerendered ${lang} page without JavaScript, ${theme} theme: no violations`, async () => {
        const { page } = await pages.open(PAGE_PATH[lang], {
          waitUntil: 'commit',
          prepare: async (page) => {
            await page.emulateMedia({ colorScheme: theme });
            await serveWithoutScripts(page);
          },
        });
        await page.waitForLoadState('load');
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('script').count()).toBe(0);
        await page.waitForSelector('figure[data-chart="monthly-counts"] svg');
        expect(await violations(page, 'page without JavaScript')).toEqual([]);
        await page.close();
      });

      for (const view of VIEWS)
        it(`${view.name} in ${lang}, ${theme} theme: no violations`, async () => {
          const query = view.query ? `?${view.query}` : '';
          const { page } = await pages.open(`${PAGE_PATH[lang]}${query}`, {
            prepare: (page) => page.emulateMedia({ colorScheme: theme }),
          });
          if (view.shows) {
            await page.waitForSelector('main[data-figures="live"]', {
              state: 'attached',
              timeout: 90_000,
            });
            await page.waitForSelector(`figure[data-chart="${view.shows}"][data-state="ready"]`);
          } else await waitForLiveCharts(page);
          await page.waitForSelector(`html[lang="${lang}"]`, { state: 'attached' });
          await view.then?.(page);
          expect(await violations(page, view.name)).toEqual([]);
          await page.close();
        });
    }
});
