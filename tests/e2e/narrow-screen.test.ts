import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

describe('a 320 px phone screen (production build)', () => {
  for (const path of ['', 'ja/']) {
    it(`fits the page ${path || '(English)'} into its width: nothing scrolls sideways but tables`, async () => {
      const { page } = await pages.open(path, { phone: { width: 320 } });
      await waitForLiveCharts(page);
      const overflowing = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const scrolled = (element: Element) =>
          element.closest('.table-wrap, .scroll, .preview, .columns, [class*="scroll"]') !== null;
        return [...document.querySelectorAll('body *')]
          .filter(
            (element) => !scrolled(element) && element.getBoundingClientRect().right > width + 0.5,
          )
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          .slice(0, 5);
      });
      expect(overflowing).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await page.close();
    });
  }
});
