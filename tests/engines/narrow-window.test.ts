import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines';
import { useEngine, waitForLiveCharts } from '../support/engines/use-engine';
import { fixturePath } from '../support/upload-page';

/** A phone's width; WebKitGTK's window goes no narrower than about 450 px, still a third of the table. */
const PHONE = { width: 360, height: 720 };

for (const engine of ENGINES) {
  describe(`a narrow window in ${engine.name}`, () => {
    const browser = useEngine(engine, PHONE);

    it('fits the page into the window, keeps the brokers’ caption in view as their table scrolls, and Japanese dates whole', async () => {
      const page = await browser.open('ja/');
      const layout = await page.driver.evaluate(() => {
        const caption = document.querySelector('table.broker-table caption');
        let wrapper = caption?.parentElement ?? null;
        while (wrapper && !/auto|scroll/.test(getComputedStyle(wrapper).overflowX)) {
          wrapper = wrapper.parentElement;
        }
        if (!caption || !wrapper) return { error: 'no brokers’ caption in a wrapper that scrolls' };
        caption.scrollIntoView({ block: 'start' });
        const outside = () => {
          const visible = wrapper.getBoundingClientRect();
          const { left, right } = caption.getBoundingClientRect();
          return left < visible.left - 0.5 || right > visible.left + wrapper.clientWidth + 0.5;
        };
        const before = outside();
        wrapper.scrollLeft = wrapper.scrollWidth;
        const scrolled = wrapper.scrollLeft > 0;
        const after = outside();
        const brokenDates = [...wrapper.querySelectorAll('td.date')]
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return lines.size > 1;
          })
          .map((cell) => cell.textContent?.trim());
        return {
          before,
          scrolled,
          after,
          brokenDates,
          dates: wrapper.querySelectorAll('td.date').length,
          pastTheWindow:
            document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      }, undefined);
      expect(layout).toEqual({
        before: false,
        scrolled: true,
        after: false,
        brokenDates: [],
        dates: 36,
        pastTheWindow: 0,
      });
      expect(await page.driver.consoleErrors()).toEqual([]);
    });

    it('fits the upload form into the window', async () => {
      const page = await browser.open('ja/');
      await waitForLiveCharts(page);
      await page.driver.upload(
        'input[type="file"][data-action="upload"]',
        fixturePath('incidents-small.csv'),
      );
      await page.waitFor('[data-action="confirm-upload"]', { timeout: 90_000 });
      // The select of what the file is took the width of its longest choice, past the window's; in
      // WebKit, its text still did when the select was narrower.
      const pastTheWindow = await page.driver.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        undefined,
      );
      expect(pastTheWindow).toBe(0);
      expect(await page.driver.consoleErrors()).toEqual([]);
    });
  });
}
