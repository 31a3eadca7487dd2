import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();
const fixture = (name: string) => path.resolve('tests/fixtures/uploads', name);
const report = '[data-report="upload"]';

async function upload(page: Page, file: string) {
  await page.setInputFiles('input[type="file"][data-action="upload"]', fixture(file));
  await page.waitForSelector('[data-action="confirm-upload"]', { timeout: 90_000 });
}

async function reportText(page: Page) {
  await page.waitForSelector(`${report} [data-rows-loaded]`, { timeout: 90_000 });
  return (await page.textContent(report)) ?? '';
}

describe('bringing your own CSV (production build)', () => {
  it('loads an incident file beside the published data, lists rejected rows and charts it', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await upload(page, 'incidents-small.csv');
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('incidents');
    await page.click('[data-action="confirm-upload"]');
    const text = await reportText(page);
    expect(text).toContain('into the table upload_incidents_small');
    expect(await page.getAttribute(`${report} [data-rows-loaded]`, 'data-rows-rejected')).toBe('2');
    await page.waitForSelector('figure[data-chart="upload-incidents-month"][data-state="ready"]');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
