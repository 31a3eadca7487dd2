import { open, mkdtemp, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticIncidents } from '../../scripts/bench/synthetic-incidents';
import { messageText } from '$lib/i18n/upload-messages';
import { duckdbCommand, estimateFit, parseMemoryLimit } from '$lib/upload/memory-estimate';
import { tableSlug } from '$lib/upload/table-name';
import type { Language } from '$lib/view-state';
import { usePages, waitForLiveCharts, waitForSectionsCaughtUp } from '../support/page-session';
import { REPORT, chooseFile, consoleRows } from '../support/upload-page';

const pages = usePages();

/** The real rows at the start of the file: more than the megabyte the page sniffs. */
const ROWS = 40_000;
/** The file's size: what the page is told, and more than DuckDB in a page can hold. */
const FILE_BYTES = 2 ** 31;
/** What the upload worker reads before the guard first judges (src/lib/upload/upload-worker.ts). */
const FIRST_CHUNK = 16 * 2 ** 20;
const NAME = 'SYNTHETIC-too-large.csv';

let folder = '';
let file = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'takeover-too-large-'));
  file = path.join(folder, NAME);
  const rowBytes = await writeSyntheticIncidents(file, ROWS);
  expect(rowBytes).toBeGreaterThan(2 ** 20);
  expect(rowBytes).toBeLessThan(FIRST_CHUNK);
  // The rest of the file is a hole: 2 GiB on paper, a few megabytes on the disk. Were the guard
  // to let it through, the page would read all 2 GiB of zeros and load the rows above them.
  await truncate(file, FILE_BYTES);
  const handle = await open(file);
  const { blocks } = await handle.stat();
  await handle.close();
  expect(blocks * 512).toBeLessThan(64 * 2 ** 20);
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const APRIL_TRADES =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';

describe('a file larger than the browser can hold (production build)', () => {
  it.each([
    { page: 'English', at: '', language: 'en' },
    { page: 'Japanese', at: 'ja/', language: 'ja' },
  ] as const)(
    'stops early on the $page page and says so in its language',
    async ({ at, language }) => {
      expect((await stat(file)).size).toBe(FILE_BYTES);
      const { page, consoleErrors } = await pages.open(at);
      await waitForLiveCharts(page);
      const [[setting] = []] = await consoleRows(
        page,
        "SELECT current_setting('memory_limit') AS setting",
      );
      const limitBytes = parseMemoryLimit(setting ?? '');
      if (limitBytes === null) throw new Error(`DuckDB's memory limit reads ${setting}`);

      await chooseFile(page, file);
      await page.click('[data-action="confirm-upload"]');
      // Without the guard, the page would go on to read the 2 GiB and load the rows: no alert.
      await page.waitForSelector(`${REPORT} [data-rows-loaded], ${REPORT} [role="alert"]`, {
        timeout: 120_000,
      });
      const alert = page.locator(`${REPORT} [role="alert"]`);
      expect(await alert.count()).toBe(1);

      // Judged from the first 16 MiB, all the real rows: the rest was never read.
      const estimate = estimateFit(FILE_BYTES, FIRST_CHUNK, ROWS, limitBytes);
      expect(estimate.fits).toBe(false);
      const expected = messageText(
        {
          code: 'file-too-large',
          fileBytes: FILE_BYTES,
          limitBytes,
          fitsShare: estimate.fitsShare,
          fitsRows: estimate.fitsRows,
          command: duckdbCommand(NAME, tableSlug(NAME), 'utf-8', ','),
        },
        language satisfies Language,
      );
      const text = (await alert.textContent()) ?? '';
      expect(text.replace(/\s+/g, ' ')).toContain(`${NAME}: ${expected}`);
      expect(text).toContain(
        `duckdb uploads.duckdb -c "CREATE TABLE upload_synthetic_too_large AS FROM read_csv('${NAME}', delim = ',')"`,
      );
      expect(text).toContain(language === 'ja' ? '2.1GB' : '2.1 GB');
      expect(await page.locator(`${REPORT} [data-rows-loaded]`).count()).toBe(0);

      // The published figures are still there, and nothing of the file was stored.
      await waitForSectionsCaughtUp(page);
      expect(await page.getAttribute(APRIL_TRADES, 'data-value')).toBe('2987');
      expect(await page.locator('[data-notice="modified"]').count()).toBe(0);
      expect(
        await consoleRows(
          page,
          "SELECT count(*) AS tables FROM duckdb_tables() WHERE table_name LIKE 'upload_%'",
        ),
      ).toEqual([['0']]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );
});
