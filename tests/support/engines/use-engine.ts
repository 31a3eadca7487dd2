import { afterAll, beforeAll, inject } from 'vitest';
import type { Engine, EngineSession } from './engine';
import { EnginePage } from './engine-page';

export const VIEWPORT = { width: 1280, height: 900 };

export interface EngineUnderTest {
  /** Loads the served build with this query and waits until its controls work. */
  open(query?: string): Promise<EnginePage>;
  /** The served build's address, ending in `/`. */
  baseUrl(): string;
  version(): string;
}

/**
 * One browser of this engine for the enclosing `describe`, its window this size, closed after it
 * even when a test failed.
 */
export function useEngine(engine: Engine, viewport = VIEWPORT): EngineUnderTest {
  let session: EngineSession | null = null;
  beforeAll(async () => {
    session = await engine.launch(viewport);
  });
  afterAll(async () => {
    await session?.close();
    session = null;
  });
  const running = () => {
    if (!session) throw new Error(`${engine.name} is not running`);
    return session;
  };
  return {
    async open(query = '') {
      const page = new EnginePage(running().page);
      // Leaving a page while its 34 MB wasm is still downloading once left Firefox's next load of
      // it stalled past 90 s (CI, under load): let the download end first.
      await page.waitForGone('[data-status="duckdb"][data-state="loading"]', { timeout: 90_000 });
      await page.driver.goto(inject('baseUrl') + query);
      // The page arrives drawn and its code follows: its controls work once it is hydrated.
      await page.waitFor('html[data-interactive]');
      return page;
    },
    baseUrl: () => inject('baseUrl'),
    version: () => running().version,
  };
}

/** Waits until DuckDB has loaded in the page and the four charts show what it returned. */
export async function waitForLiveCharts(page: EnginePage): Promise<void> {
  const state = () =>
    document.querySelector('[data-status="duckdb"]')?.getAttribute('data-state') ?? 'none';
  await page
    .waitFor('[data-status="duckdb"][data-state="ready"]', { timeout: 90_000 })
    .catch(async (error: unknown) => {
      throw new Error(
        `DuckDB never became ready (its state: ${await page.driver.evaluate(state, undefined)})`,
        { cause: error },
      );
    });
  await page.waitFor('main[data-figures="live"]');
  for (const id of ['monthly-counts', 'yen-amounts', 'brokers', 'stocks']) {
    await page.waitFor(`figure[data-chart="${id}"][data-state="ready"]:not([aria-busy="true"])`);
  }
}
