import { launchChromium } from '../tests/support/chromium';
import { serveDist } from '../tests/support/serve-dist';

/** Usage: npx tsx scripts/screenshot.ts OUT.png [WIDTH] [QUERY] [SELECTOR] */
const [out = 'screenshot.png', width = '1280', query = '', selector] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  await page.goto(server.url + query);
  await page.waitForSelector('[data-status="duckdb"][data-state="ready"]', { timeout: 60_000 });
  await page.waitForSelector('figure[data-chart="monthly-counts"][data-state="ready"]');
  if (selector) await page.locator(selector).screenshot({ path: out });
  else {
    // The page draws its sections only near the viewport (content-visibility): a viewport as tall
    // as the page draws them all for the capture.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: Number(width), height });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.screenshot({ path: out, fullPage: true });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
