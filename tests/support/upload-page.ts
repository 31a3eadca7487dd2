import path from 'node:path';
import type { Page } from 'playwright-core';

export const REPORT = '[data-report="upload"]';
const UPLOAD_INPUT = 'input[type="file"][data-action="upload"]';

export const fixturePath = (name: string) => path.resolve('tests/fixtures/uploads', name);

/** Chooses a real file with the page's file input and waits for the mapping form. */
export async function chooseFile(page: Page, file: string): Promise<void> {
  await page.setInputFiles(UPLOAD_INPUT, file);
  await page.waitForSelector('[data-action="confirm-upload"]', { timeout: 90_000 });
}

/** Chooses a file the page cannot read, and returns the message it shows instead. */
export async function chooseUnreadable(page: Page, file: string): Promise<string> {
  await page.setInputFiles(UPLOAD_INPUT, file);
  const failed = page.locator(`${REPORT} [role="alert"]`);
  await failed.waitFor({ timeout: 90_000 });
  return (await failed.textContent()) ?? '';
}

/** Confirms the mapping and waits for the report; returns its text. */
export async function confirmUpload(page: Page): Promise<string> {
  await page.click('[data-action="confirm-upload"]');
  await page.waitForSelector(`${REPORT} [data-rows-loaded], ${REPORT} [role="alert"]`, {
    timeout: 90_000,
  });
  return (await page.textContent(REPORT)) ?? '';
}

/** Runs one query in the SQL console and returns the result's rows as cell texts, NULL as null. */
export async function consoleRows(page: Page, sql: string): Promise<(string | null)[][]> {
  const panel = page.locator('[data-panel="sql"]');
  if (!(await panel.isVisible())) {
    await page.click(`[data-action="open-sql"]`);
    await panel.waitFor();
  }
  await panel.locator('.cm-content').fill(sql);
  const previous = await page.$('table[data-result="sql"]');
  await page.click('[data-action="run-sql"]');
  await previous?.waitForElementState('hidden');
  const result = page.locator('table[data-result="sql"]');
  await page.waitForSelector('table[data-result="sql"], [data-error="sql"]', { timeout: 30_000 });
  if (await page.$('[data-error="sql"]'))
    throw new Error(`the console refused ${sql}: ${await page.textContent('[data-error="sql"]')}`);
  return result
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) =>
          cell.hasAttribute('data-null') ? null : (cell.textContent?.trim() ?? ''),
        ),
      ),
    );
}
