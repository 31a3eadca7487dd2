import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import type { DriverPage, Engine, EngineSession, PageFunction } from './engine';
import { settleWithin } from './settle';

/** Chromium through playwright-core (the Chrome DevTools Protocol). */
export const chromiumEngine: Engine = {
  name: 'chromium',
  async launch(viewport) {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport });
    return {
      page: playwrightPage(page),
      version: `chromium/${browser.version()}`,
      close: async () => {
        await settleWithin(browser.close(), 'closing Chromium');
      },
    } satisfies EngineSession;
  },
};

function playwrightPage(page: Page): DriverPage {
  let requests: string[] = [];
  let errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    async goto(url) {
      // The page before is left first: what it logs while unloading is not the next page's.
      await page.goto('about:blank');
      requests = [];
      errors = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: <Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg) =>
      page.evaluate(fn as (arg: unknown) => Promise<Result>, arg),
    click: (selector) => page.click(selector),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    type: async (selector, text) => {
      await page.fill(selector, '');
      await page.locator(selector).pressSequentially(text);
    },
    upload: (selector, file) => page.setInputFiles(selector, file),
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    consoleErrors: async () => [...errors],
    requests: () => [...requests],
  };
}
