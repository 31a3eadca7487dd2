import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes the page's `navigator.connection` say what a browser with a data saver on (or on a slow
 * link) says, before any of the page's scripts run. Chromium's own NetworkInformation has no
 * setter, and DevTools can only throttle, not set `saveData`.
 */
export async function emulateDataSaver(
  target: Page | BrowserContext,
  hints: { saveData: boolean; effectiveType: string } = { saveData: true, effectiveType: '4g' },
): Promise<void> {
  await target.addInitScript((connection) => {
    Object.defineProperty(Navigator.prototype, 'connection', {
      configurable: true,
      get: () => Object.assign(new EventTarget(), connection),
    });
  }, hints);
}
