import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes the page's `navigator.connection` say what a browser with a data saver on (or on a slow
 * link) says, before any of the page's scripts run. Chromium's own NetworkInformation has no
 * setter, and DevTools can only throttle, not set `saveData`. The script goes as text: a
 * function would carry the helpers tsx adds to it (`__name`), which the page does not have.
 */
export async function emulateDataSaver(
  target: Page | BrowserContext,
  hints: { saveData: boolean; effectiveType: string } = { saveData: true, effectiveType: '4g' },
): Promise<void> {
  await target.addInitScript(`Object.defineProperty(Navigator.prototype, 'connection', {
    configurable: true,
    get: () => Object.assign(new EventTarget(), ${JSON.stringify(hints)}),
  });`);
}

/**
 * Waits past the moment the engine would start on its own: the page's idle callback (queued
 * after its first frame) runs before one queued later, and then the network falls quiet.
 */
export async function pastIdleStart(page: Page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => requestIdleCallback(resolve, { timeout: 2000 })),
        ),
      ),
  );
  await page.waitForLoadState('networkidle');
}
