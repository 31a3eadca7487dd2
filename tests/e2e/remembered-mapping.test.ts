import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { chooseFile, confirmUpload, fixturePath } from '../support/upload-page';

const pages = usePages();
// The second file writes the header "YEAR": the form shows headers as the file writes them.
const YEAR_KIND = 'select[aria-label="Unit / type: year" i]';
const OFFER = '[data-action="use-remembered-mapping"]';
const FORGET = '[data-action="forget-remembered-mapping"]';

let folder = '';
/** A second real file with the first one's headers, written as another spreadsheet might. */
let secondFile = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'remembered-mapping-'));
  secondFile = path.join(folder, 'complaints-2025.csv');
  await writeFile(secondFile, 'Region , YEAR,complaints\r\nTohoku,2025,40\r\nKyushu,2025,52\r\n');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a mapping the reader confirmed (production build)', () => {
  it('is offered, not applied, for the next file with the same headers, and can be forgotten', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('free-table.csv'));
    expect(await page.locator(OFFER).count()).toBe(0);
    expect(await page.inputValue(YEAR_KIND)).toBe('number');
    await page.selectOption(YEAR_KIND, 'text');
    expect(await confirmUpload(page)).toContain('upload_');

    await chooseFile(page, secondFile);
    const offer = page.locator(OFFER);
    await offer.waitFor();
    const today = await page.evaluate(() => {
      const now = new Date();
      const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
      return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
    });
    expect(await offer.textContent()).toContain(
      `Use the mapping you confirmed for free-table.csv on ${today}`,
    );
    // Offered, never applied by itself: the form still shows its own suggestion.
    expect(await page.inputValue(YEAR_KIND)).toBe('number');
    await offer.click();
    expect(await page.inputValue(YEAR_KIND)).toBe('text');
    expect(await page.textContent('[data-part="remembered-mapping"] [role="status"]')).toContain(
      'The form below has the mapping you confirmed for free-table.csv',
    );

    await page.click(FORGET);
    await page.locator('[data-part="remembered-mapping"][role="status"]').waitFor();
    expect(await page.locator(`${OFFER}, ${FORGET}`).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('takeover-watch-mappings'))).toBeNull();
    // Gone for the next file too.
    await chooseFile(page, fixturePath('free-table.csv'));
    expect(await page.locator(OFFER).count()).toBe(0);
    await page.close();
  });

  it('is offered on the Japanese page in Japanese', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('free-table.csv'));
    expect(await confirmUpload(page)).toContain('upload_');
    await page.goto(new URL('ja/', page.url()).href);
    await waitForLiveCharts(page);
    await chooseFile(page, secondFile);
    const offer = page.locator(OFFER);
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(
      /^\s*\d{4}年\d{1,2}月\d{1,2}日に「free-table\.csv」で確定した対応付けを使う\s*$/,
    );
    expect(await page.getAttribute(FORGET, 'aria-label')).toBe(
      '「free-table.csv」で確定した対応付けを削除',
    );
    await page.close();
  });
});
