import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticIncidents } from '../../scripts/bench/synthetic-incidents';
import { usePages, waitForLiveCharts, waitForSectionsCaughtUp } from '../support/page-session';
import {
  REPORT,
  chooseFile,
  chooseUnreadable,
  confirmUpload,
  consoleRows,
  fixturePath,
} from '../support/upload-page';

const pages = usePages();
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'takeover-upload-'));
});
afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(folder, { recursive: true, force: true });
});

const APRIL_TRADES =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';

describe('uploads that go wrong (production build)', () => {
  it('says clearly why an empty, blank, header-only or binary file cannot be read', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    const expected: [string, string][] = [
      ['empty.csv', 'empty.csv: the file is empty'],
      ['blank-lines.csv', 'blank-lines.csv: the file holds only blank lines'],
      ['header-only.csv', 'header-only.csv: the file has a header row and no rows of data'],
      ['binary.bin', 'binary.bin: this looks like a binary file'],
    ];
    for (const [file, message] of expected)
      expect(await chooseUnreadable(page, fixturePath(file))).toContain(message);
    expect(await page.locator('[data-section="uploads"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads markup and formulas as inert text: nothing from a file runs', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await chooseFile(page, fixturePath('html-cells.csv'));
    const preview = page.locator('table[data-preview="upload"]');
    expect(await preview.textContent()).toContain('<script>alert(1)</script>');
    await confirmUpload(page);
    expect(
      await consoleRows(page, 'SELECT comment FROM upload_html_cells ORDER BY source_line'),
    ).toEqual([
      ['<img src=x onerror=alert(1)>'],
      ['<script>alert(1)</script>'],
      ['=HYPERLINK("http://x")'],
      ['+1'],
      ['@SUM(A1)'],
    ]);
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lists a broken quote and ragged rows by line, and loads what it can', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('ragged.csv'));
    expect(await confirmUpload(page)).toContain('1 row loaded');
    const rejected = await page
      .locator('table[data-table="upload-rejected"] tbody tr')
      .allTextContents();
    expect(rejected).toEqual([
      expect.stringMatching(/^2.*2025-04-16,Example.*fewer cells than the header/),
      expect.stringMatching(/^4.*2025-04-18,Example,7,.*fewer cells than the header/),
    ]);
    await chooseFile(page, fixturePath('unterminated-quote.csv'));
    const text = await confirmUpload(page);
    expect(text).toContain('no row of unterminated-quote.csv could be loaded');
    expect(text).toContain('a quote that is not closed');
    await page.close();
  });

  it('refuses a line of 50 MB with a message, without hanging the page', async () => {
    const file = path.join(folder, 'one-long-line.csv');
    await writeFile(file, `name,comment\nA,${'x'.repeat(50 * 1024 * 1024)}\nB,short\n`);
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, file);
    const text = await confirmUpload(page);
    expect(text).toMatch(/more than a row of a table can be/);
    expect(text).toContain('1 row loaded');
    await page.close();
  });

  it('keeps everything as it was when a merge is refused, or an upload is cancelled', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('fsa-table-2025-04-18.csv'));
    await page.check('[data-control="upload-mode"][value="append"]');
    await page.fill('[data-constant="release_id"]', '2025-04-18');
    await page.selectOption('[data-constant="confidence"]', 'high');
    await page.fill('[data-constant="source_url"]', 'https://example.com/again');
    const text = await confirmUpload(page);
    expect(text).toContain(
      'release_id + month 2025-04-18, 2025-02 would appear twice in fsa_monthly',
    );
    expect(text).toContain('Nothing was changed');
    await waitForSectionsCaughtUp(page);
    expect(await page.getAttribute(APRIL_TRADES, 'data-value')).toBe('2987');
    expect(await page.locator('[data-notice="modified"]').count()).toBe(0);
    expect(await page.locator('[data-action="confirm-upload"]').count()).toBe(1);

    const big = path.join(folder, 'SYNTHETIC-incidents.csv');
    await writeSyntheticIncidents(big, 400_000);
    await chooseFile(page, big);
    await page.click('[data-action="confirm-upload"]');
    await page.click('[data-action="cancel-upload"]');
    await page.waitForSelector('[data-action="confirm-upload"]');
    expect(await page.locator(`${REPORT} [data-rows-loaded]`).count()).toBe(0);
    expect(
      await consoleRows(
        page,
        "SELECT count(*) AS tables FROM duckdb_tables() WHERE table_name LIKE 'upload_synthetic%' OR table_name LIKE 'upload_raw%' OR table_name LIKE 'upload_staged%'",
      ),
    ).toEqual([['0']]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
