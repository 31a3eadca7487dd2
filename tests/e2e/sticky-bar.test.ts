import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForSectionsCaughtUp } from '../support/page-session';

const pages = usePages();

/** Sections the reader scrolls to, below the page's filter bar. */
const SCROLL_TO = [
  'figure[data-chart="revision-history"]',
  '.revision-history [data-control="revision-month"]',
  'input[type="file"][data-action="upload"]',
];
/** The filter bar's controls that nothing may cover while it sticks. */
const BAR_CONTROLS = ['[data-control="release"]', '[data-control="month-from"]'];

interface Geometry {
  bar: DOMRect;
  revisionControls: DOMRect;
  /** For each bar control in view: whether the topmost element at its centre belongs to it. */
  uncovered: Record<string, boolean | null>;
  /**
   * Every element stuck to the window's top or bottom, or fixed, on screen, named by its tag,
   * classes and whether it is the bar.
   */
  pinned: { name: string; isBar: boolean }[];
  /** Elements on screen that stick only sideways, inside a scroller of their own. */
  stuckSideways: number;
}

/** Rectangles of the page's bar, the revision controls, and every element pinned on screen. */
function geometry(page: Page): Promise<Geometry> {
  return page.evaluate((controls) => {
    const rect = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return element.getBoundingClientRect().toJSON() as DOMRect;
    };
    const uncovered: Record<string, boolean | null> = {};
    for (const selector of controls) {
      const control = document.querySelector(selector);
      if (!control) throw new Error(`no ${selector}`);
      const box = control.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const onScreen = y > 0 && y < window.innerHeight;
      uncovered[selector] = onScreen
        ? (control.closest('label')?.contains(document.elementFromPoint(x, y)) ?? false)
        : null;
    }
    // Stuck to the window's top or bottom; a phone table's first column sticks only sideways,
    // inside its own scroller, and covers nothing as the page scrolls.
    const pinsVertically = (element: Element) => {
      const style = getComputedStyle(element);
      if (style.position === 'fixed') return true;
      return style.position === 'sticky' && (style.top !== 'auto' || style.bottom !== 'auto');
    };
    const onScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    };
    const stuckOnScreen = [...document.querySelectorAll('body *')].filter(
      (element) =>
        ['sticky', 'fixed'].includes(getComputedStyle(element).position) && onScreen(element),
    );
    const pinned = stuckOnScreen.filter(pinsVertically).map((element) => ({
      name: `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`,
      isBar: element.matches('main > .controls'),
    }));
    return {
      bar: rect('main > .controls'),
      revisionControls: rect('.revision-history .controls'),
      uncovered,
      pinned,
      stuckSideways: stuckOnScreen.length - pinned.length,
    };
  }, BAR_CONTROLS);
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function scrollTo(page: Page, selector: string) {
  await page.$eval(selector, (element) => element.scrollIntoView({ block: 'center' }));
  // Layout after a scroll is synchronous; one frame lets sticky positions settle for hit tests.
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

describe('one sticky bar (production build)', () => {
  it.each(['', 'ja/'])('keeps the filter bar uncovered at 1280 × 800 on "%s"', async (path) => {
    const { page } = await pages.open(path);
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const target of SCROLL_TO) {
      await scrollTo(page, target);
      const { bar, revisionControls, uncovered, pinned } = await geometry(page);
      // The bar sticks to the top of the window…
      expect(bar.top, target).toBe(0);
      // …nothing pinned overlaps it…
      expect(
        pinned.filter(({ isBar }) => !isBar),
        target,
      ).toEqual([]);
      expect(
        pinned.filter(({ isBar }) => isBar),
        target,
      ).toHaveLength(1);
      // …the revision history's own controls, brought to the middle of the window, are clear of
      // it (elsewhere they scroll away beneath it)…
      if (target.includes('revision-month'))
        expect(overlap(bar, revisionControls), target).toBe(false);
      // …and nothing covers the bar's own controls.
      expect(uncovered, target).toEqual({
        '[data-control="release"]': true,
        '[data-control="month-from"]': true,
      });
    }
    await page.close();
  });

  it.each(['', 'ja/'])(
    'opens a shared link to a chart on "%s" with the chart’s title below the bar, not under it',
    async (path) => {
      for (const target of ['#brokers-title', '#stocks-title']) {
        const { page } = await pages.open(`${path}${target}`);
        await waitForSectionsCaughtUp(page);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const { title, bar } = await page.$eval(target, (element) => {
          const controls = document.querySelector('main > .controls');
          if (!controls) throw new Error('no filter bar');
          return {
            title: element.getBoundingClientRect().toJSON() as DOMRect,
            bar: controls.getBoundingClientRect().toJSON() as DOMRect,
          };
        });
        // The page was scrolled to the chart, and the bar stuck above it…
        expect(bar.top).toBeLessThanOrEqual(0);
        // …with the title just below the bar, in the window.
        expect(title.top).toBeGreaterThanOrEqual(bar.bottom);
        expect(title.top - bar.bottom).toBeLessThan(24);
        expect(title.bottom).toBeLessThan(await page.evaluate(() => window.innerHeight));
        await page.close();
      }
    },
  );

  it.each(['', 'ja/'])(
    'scrolls a link’s target and a control the reader tabs to just below the bar on "%s"',
    async (path) => {
      const { page } = await pages.open(path);
      await page.setViewportSize({ width: 1280, height: 800 });
      await waitForSectionsCaughtUp(page);
      const nextFrame = () => page.evaluate(() => new Promise(requestAnimationFrame));
      const below = (selector: string) =>
        page.$eval(
          selector,
          (element) =>
            element.getBoundingClientRect().top -
            (document.querySelector('main > .controls')?.getBoundingClientRect().bottom ?? 0),
        );
      // The headline's link to what the latest release changed…
      await page.click('a[href="#release-changes-title"]');
      await nextFrame();
      expect(await below('#release-changes-title')).toBeGreaterThanOrEqual(0);
      // In the window: near the page's end, it can come no closer to the bar.
      expect(await below('#release-changes-title')).toBeLessThan(400);
      // …and a control that is under the bar when the reader tabs to it.
      const table = 'figure[data-chart="yen-amounts"] summary';
      await page.$eval(table, (summary) =>
        window.scrollBy(0, summary.getBoundingClientRect().top - 40),
      );
      await nextFrame();
      expect(await below(table)).toBeLessThan(0);
      // The control before it in tab order, focused where it is (above the window by now).
      await page.$eval('figure[data-chart="yen-amounts"] [data-action="embed"]', (button) =>
        (button as HTMLElement).focus({ preventScroll: true }),
      );
      await page.keyboard.press('Tab');
      await nextFrame();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      expect(await below(table)).toBeGreaterThanOrEqual(0);
      expect(await below(table)).toBeLessThan(24);
      await page.close();
    },
  );

  it('leaves the page where it is when the reader tabs through the stuck bar itself', async () => {
    const { page } = await pages.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForSectionsCaughtUp(page);
    const stocks = 'figure[data-chart="stocks"]';
    await scrollTo(page, stocks);
    // Where the reader is: the chart in view, not scrollY, which the browser's scroll anchoring
    // changes when sections above, skipped on the way down, are laid out at their real height.
    const inView = () => page.$eval(stocks, (figure) => figure.getBoundingClientRect().top);
    const before = await inView();
    await page.$eval('[data-control="release"]', (select) =>
      (select as HTMLElement).focus({ preventScroll: true }),
    );
    for (const control of ['month-from', 'month-to']) {
      await page.keyboard.press('Tab');
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe(
        control,
      );
      expect(Math.abs((await inView()) - before), control).toBeLessThan(2);
    }
    await page.close();
  });

  it('pins nothing at 320 px, where the bar would take the screen', async () => {
    const { page } = await pages.open();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const target of SCROLL_TO) {
      await scrollTo(page, target);
      const { bar, revisionControls, pinned } = await geometry(page);
      expect(pinned, target).toEqual([]);
      expect(overlap(bar, revisionControls), target).toBe(false);
    }
    // The brokers' table scrolls sideways under its sticky first column: that pins nothing.
    await scrollTo(page, 'table.broker-table tbody');
    await page.waitForFunction(() => {
      const box = document.querySelector('table.broker-table tbody')?.getBoundingClientRect();
      return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
    });
    const { pinned, stuckSideways } = await geometry(page);
    expect(stuckSideways).toBeGreaterThan(0);
    expect(pinned).toEqual([]);
    await page.close();
  });
});
