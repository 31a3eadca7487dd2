import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts, waitForSectionsCaughtUp } from '../support/page-session';

const pages = usePages();
const YEN = '.lazy-section[data-lazy="yen-amounts"]';
const SELLS = `${YEN} rect[data-series="sell"]`;

/** Chooses a release, and reads the page in the frame that follows (before a later task). */
function releaseInTheNextFrame(page: Page, release: string) {
  return page.evaluate(
    ({ chosen, yen, sells }) =>
      new Promise<{ release: string | null; behind: string | null; sells: string[] }>((resolve) => {
        const select = document.querySelector<HTMLSelectElement>('select[data-control="release"]');
        if (!select) throw new Error('no release select');
        select.value = chosen;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        requestAnimationFrame(() =>
          resolve({
            release: document.querySelector('main')?.getAttribute('data-release') ?? null,
            behind: document.querySelector(yen)?.getAttribute('data-behind') ?? null,
            sells: [...document.querySelectorAll<SVGElement>(sells)].map(
              (rect) => rect.dataset.value ?? '',
            ),
          }),
        );
      }),
    { chosen: release, yen: YEN, sells: SELLS },
  );
}

/** The page has painted since: a section taken over knows by then whether it is near. */
const afterTwoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

const sellsShown = (page: Page) =>
  page.locator(SELLS).evaluateAll((rects) => rects.map((rect) => rect.dataset.value));

describe('sections far from the screen (production build)', () => {
  it('redraw after the frame that shows a change, and say so until then', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    // A short window: the amounts chart is more than a screen below it.
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.dispatchEvent('figure[data-chart="yen-amounts"] svg', 'pointerover');
    await page.waitForSelector(`${YEN}[data-hydrated="true"]`);
    await afterTwoFrames(page);
    const latest = await sellsShown(page);

    // The frame shows the release in what is on screen; the far chart still shows the last one.
    expect(await releaseInTheNextFrame(page, '2025-04-18')).toEqual({
      release: '2025-04-18',
      behind: 'true',
      sells: latest,
    });
    await waitForSectionsCaughtUp(page);
    expect(await page.getAttribute(YEN, 'data-behind')).toBeNull();
    expect(await sellsShown(page)).toEqual(['1', '131', '374']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('redraw in that frame when they are within a screen of it', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator(YEN).evaluate((section) => section.firstElementChild?.scrollIntoView());
    await page.waitForSelector(`${YEN}[data-hydrated="true"]`);
    await afterTwoFrames(page);
    expect(await releaseInTheNextFrame(page, '2025-04-18')).toEqual({
      release: '2025-04-18',
      behind: null,
      sells: ['1', '131', '374'],
    });
    await page.close();
  });
});
