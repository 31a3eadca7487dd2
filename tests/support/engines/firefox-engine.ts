import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { requireBinary } from '../../../scripts/browser-locations.mjs';
import type { DriverPage, Engine, EngineSession, PageFunction } from './engine';
import { scrollUntilSettled } from './scroll-settled';
import { settleWithin } from './settle';

/** Firefox ESR through puppeteer-core and WebDriver BiDi. */
export const firefoxEngine: Engine = {
  name: 'firefox',
  async launch(viewport) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: requireBinary('firefox'),
      headless: true,
      defaultViewport: viewport,
      timeout: 60_000,
      // No updates, studies or other traffic of the browser's own during a test.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'app.normandy.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
    const [existing] = await browser.pages();
    const page = existing ?? (await browser.newPage());
    // The first tab keeps the window's size unless told: defaultViewport covers new tabs only.
    await page.setViewport(viewport);
    const kill = () => browser.process()?.kill('SIGKILL');
    return {
      page: puppeteerPage(page),
      version: `firefox/${(await browser.version()).replace(/^firefox\//, '')}`,
      close: async () => {
        if (!(await settleWithin(browser.close(), 'closing Firefox'))) kill();
      },
    } satisfies EngineSession;
  },
};

async function element(page: Page, selector: string): Promise<ElementHandle> {
  const found = await page.waitForSelector(selector, { timeout: 30_000 });
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

function puppeteerPage(page: Page): DriverPage {
  let requests: string[] = [];
  let errors: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => void errors.push(String(error)));
  return {
    async goto(url) {
      // The page before is left first: what it logs while unloading (a download it had running
      // aborts, NS_BINDING_ABORTED) is not the next page's.
      await page.goto('about:blank');
      requests = [];
      errors = [];
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    },
    url: async () => page.url(),
    evaluate: <Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg) =>
      page.evaluate(fn as (arg: unknown) => Promise<Result>, arg) as Promise<Result>,
    click: async (selector) => {
      const target = await element(page, selector);
      await target.evaluate(scrollUntilSettled);
      await target.click();
    },
    select: async (selector, value) => {
      await element(page, selector);
      await page.select(selector, value);
    },
    type: async (selector, text) => {
      const field = await element(page, selector);
      await field.click({ count: 3 });
      await page.evaluate((css) => {
        const field = document.querySelector(css);
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
          return field.select();
        // An editor made of a contenteditable element (CodeMirror): select all of its text.
        if (field) window.getSelection()?.selectAllChildren(field);
      }, selector);
      await page.keyboard.press('Backspace');
      await field.type(text);
    },
    upload: async (selector, file) => {
      const input = (await element(page, selector)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    press: (key) => page.keyboard.press(key),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    consoleErrors: async () => [...errors],
    requests: () => [...requests],
  };
}
