import type { Page } from 'playwright-core';

/**
 * Serves every document to `page` as a browser without JavaScript shows it: its scripts removed
 * and its `<noscript>` content in effect. For checks that need scripts of their own in the page,
 * such as axe-core, which never finishes in a context with JavaScript disabled (its timers never
 * fire there).
 */
export async function serveWithoutScripts(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text())
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body });
  });
}
