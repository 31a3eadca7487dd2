import type { Browser } from 'playwright-core';

/**
 * Elements in a prerendered page as it arrives, before any script runs (JavaScript off): what
 * the browser parses, styles and lays out before the first paint, and what hydration walks.
 */
export async function prerenderedElements(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // A page the build does not have answers 404, which Chromium reports as a failed navigation.
    const response = await page.goto(url).catch(() => null);
    if (!response?.ok()) return Number.NaN;
    return await page.evaluate(() => document.getElementsByTagName('*').length);
  } finally {
    await context.close();
  }
}
