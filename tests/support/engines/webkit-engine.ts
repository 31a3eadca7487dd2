import { writeFile } from 'node:fs/promises';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { Select } from 'selenium-webdriver/lib/select.js';
import { requireBinary } from '../../../scripts/browser-locations.mjs';
import type { DriverPage, Engine, EngineSession, KeyName } from './engine';
import { scrollUntilSettled } from './scroll-settled';
import { settleWithin, within } from './settle';
import { startWebKitDriver } from './webkit-driver-process';

const KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Home: Key.HOME,
  End: Key.END,
};

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, on a virtual display.
 * The server's address is given, so selenium-manager never runs and nothing is downloaded.
 */
export const webkitEngine: Engine = {
  name: 'webkit',
  async launch(viewport) {
    const server = await startWebKitDriver();
    try {
      const driver = await within(
        new Builder()
          .usingServer(server.url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': {
              binary: requireBinary('miniBrowser'),
              args: ['--automation'],
            },
          })
          .build(),
        'starting MiniBrowser',
        60_000,
      );
      await driver
        .manage()
        .window()
        .setRect({ x: 0, y: 0, ...viewport });
      await driver.manage().setTimeouts({ pageLoad: 60_000, script: 30_000 });
      const version = (await driver.getCapabilities()).getBrowserVersion();
      return {
        page: seleniumPage(driver),
        version: `webkitgtk/${version}`,
        close: async () => {
          await settleWithin(driver.quit(), 'closing MiniBrowser');
          await server.stop();
        },
      } satisfies EngineSession;
    } catch (error) {
      await server.stop();
      throw error;
    }
  },
};

/**
 * WebKitWebDriver has no console log (no BiDi, no log endpoint), so the page's errors are
 * recorded by listeners put into each document once it has loaded.
 */
function recordErrors(): string[] {
  type Recorded = Window & { engineErrors?: string[] };
  const page = window as Recorded;
  if (!page.engineErrors) {
    const errors: string[] = [];
    page.engineErrors = errors;
    addEventListener('error', (event) => errors.push(event.message));
    addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const original = console.error.bind(console);
    console.error = (...parts: unknown[]) => {
      errors.push(parts.map(String).join(' '));
      original(...parts);
    };
  }
  return page.engineErrors.splice(0);
}

function seleniumPage(driver: WebDriver): DriverPage {
  const find = async (selector: string) => {
    const found = await driver.wait(
      async () => (await driver.findElements(By.css(selector)))[0],
      30_000,
      `No element matches ${selector}`,
    );
    if (!found) throw new Error(`No element matches ${selector}`);
    return found;
  };
  const drawn = async (selector: string) => {
    const element = await find(selector);
    await driver.executeAsyncScript(
      `(${scrollUntilSettled.toString()})(arguments[0]).then(arguments[1])`,
      element,
    );
    return element;
  };
  let errors: string[] = [];
  const collectErrors = async () => {
    errors.push(...(await driver.executeScript<string[]>(recordErrors)));
  };
  return {
    async goto(url) {
      await driver.get(url);
      errors = [];
      await collectErrors();
    },
    url: () => driver.getCurrentUrl(),
    evaluate: (fn, arg) =>
      driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, arg),
    click: async (selector) => (await drawn(selector)).click(),
    select: async (selector, value) => {
      await new Select(await find(selector)).selectByValue(value);
    },
    type: async (selector, text) => {
      const field = await find(selector);
      await field.clear();
      await field.sendKeys(text);
    },
    upload: async (selector, file) => (await find(selector)).sendKeys(file),
    press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
    screenshot: async (file) => writeFile(file, await driver.takeScreenshot(), 'base64'),
    consoleErrors: async () => {
      await collectErrors();
      return [...errors];
    },
    requests: () => null,
  };
}
