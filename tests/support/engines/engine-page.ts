import type { DriverPage, PageFunction } from './engine';

const POLL_MS = 100;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The same waits and reads in every engine: each is one script run in the page, so a flow
 * behaves alike whichever driver carries it.
 */
export class EnginePage {
  constructor(readonly driver: DriverPage) {}

  /** Polls the predicate in the page until it returns something truthy, which it returns. */
  async waitForFunction<Arg, Result>(
    predicate: PageFunction<Arg, Result>,
    arg: Arg,
    { timeout = DEFAULT_TIMEOUT_MS, what = predicate.toString() } = {},
  ): Promise<NonNullable<Result>> {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    for (;;) {
      try {
        const result = await this.driver.evaluate(predicate, arg);
        if (result) return result as NonNullable<Result>;
        lastError = undefined;
      } catch (error) {
        // A navigation in progress destroys the page's scripts; try again on the new page.
        lastError = error;
      }
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: lastError });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Waits until an element matching the selector is in the document. */
  async waitFor(selector: string, options: { timeout?: number } = {}): Promise<void> {
    await this.waitForFunction((css) => document.querySelector(css) !== null, selector, {
      ...options,
      what: selector,
    });
  }

  /** Waits until no element matches the selector. */
  async waitForGone(selector: string, options: { timeout?: number } = {}): Promise<void> {
    await this.waitForFunction((css) => document.querySelector(css) === null, selector, {
      ...options,
      what: `no ${selector}`,
    });
  }

  /** Waits until the address satisfies the check (given the URL's search parameters). */
  async waitForUrl(check: (url: URL) => boolean, what: string): Promise<URL> {
    const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
    for (;;) {
      const url = new URL(await this.driver.url());
      if (check(url)) return url;
      if (Date.now() > deadline) throw new Error(`The address ${url} never had ${what}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  text(selector: string): Promise<string | null> {
    return this.driver.evaluate(
      (css) => document.querySelector(css)?.textContent ?? null,
      selector,
    );
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.driver.evaluate(
      ([css, attribute]) => document.querySelector(css)?.getAttribute(attribute) ?? null,
      [selector, name] as const,
    );
  }

  count(selector: string): Promise<number> {
    return this.driver.evaluate((css) => document.querySelectorAll(css).length, selector);
  }

  value(selector: string): Promise<string | null> {
    return this.driver.evaluate(
      (css) => document.querySelector<HTMLInputElement | HTMLSelectElement>(css)?.value ?? null,
      selector,
    );
  }

  /** The origins of everything the page fetched, from the Resource Timing API. */
  resourceOrigins(): Promise<string[]> {
    return this.driver.evaluate(
      () => [
        ...new Set(
          performance
            .getEntriesByType('resource')
            .map((entry) => new URL(entry.name).origin)
            .filter((origin) => origin !== 'null'),
        ),
      ],
      undefined,
    );
  }
}
