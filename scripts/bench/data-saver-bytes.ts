import type { Browser, Request } from 'playwright-core';
import { emulateDataSaver, pastIdleStart } from '../../tests/support/data-saver';

/**
 * Bytes over the wire (compressed bodies and headers) for one view of the page with a data saver
 * on and no interaction: from navigation until the page has passed the moment it would start
 * DuckDB on its own (its idle callback) and the network has been quiet since.
 */
export async function dataSaverBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await emulateDataSaver(context);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  const record = (request: Request) =>
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  page.on('requestfinished', record);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-interactive]', { state: 'attached' });
  await pastIdleStart(page);
  page.off('requestfinished', record);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return bytes;
}
