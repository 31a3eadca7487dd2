import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts, waitForSectionsCaughtUp } from '../support/page-session';
import { REPORT, confirmUpload, consoleRows } from '../support/upload-page';
import { fsaReleaseSheetRows } from '../support/fsa-release-workbook';
import { writeXlsx, xlsxParts, zipParts } from '../../scripts/xlsx/write-xlsx';

const pages = usePages();

const UPLOAD_INPUT = 'input[type="file"][data-action="upload"]';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const APRIL_TRADES =
  'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point[data-month="2025-04"]';

/** The FSA's release of 2025-06-05 as a workbook, its table on the first sheet, notes after it. */
const fsaWorkbook = () =>
  Buffer.from(
    writeXlsx([
      { name: '2025-06-05', rows: fsaReleaseSheetRows('2025-06-05') },
      { name: '注記', rows: [['金融庁の公表資料より'], ['件数は報告ベースの暫定値']] },
    ]),
  );

/** Sets an entry's uncompressed size in the zip's central directory: the archive lies. */
function declareSize(zip: Uint8Array, part: string, size: number): Buffer {
  const bytes = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = 0; at + 46 < bytes.length; at += 1)
    if (
      bytes.readUInt32LE(at) === 0x02014b50 &&
      bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).equals(name)
    ) {
      bytes.writeUInt32LE(size, at + 24);
      return bytes;
    }
  throw new Error(`no entry ${part}`);
}

/** A workbook whose sheet is 20 MB of spaces deflated to a few kilobytes, said to be 2 KB. */
function zipBomb(): Buffer {
  const parts = xlsxParts([{ name: 'S', rows: [[1]] }]);
  const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
  parts['xl/worksheets/sheet1.xml'] = sheet.replace(
    '<sheetData>',
    `${' '.repeat(20_000_000)}<sheetData>`,
  );
  return declareSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 2_000);
}

async function chooseBuffer(page: Page, name: string, buffer: Buffer) {
  await page.setInputFiles(UPLOAD_INPUT, { name, mimeType: XLSX, buffer });
}

async function refusal(page: Page): Promise<string> {
  const alert = page.locator(`${REPORT} [role="alert"]`);
  await alert.waitFor({ timeout: 90_000 });
  return (await alert.textContent()) ?? '';
}

describe('Excel workbooks (production build)', () => {
  it('loads the FSA 2025-06-05 table from an .xlsx as fsa_monthly, months from date cells', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseBuffer(page, 'fsa-2025-06-05.xlsx', fsaWorkbook());
    await page.waitForSelector('[data-action="confirm-upload"]', { timeout: 90_000 });
    const sheets = page.locator('[data-control="sheet"] option');
    expect(await sheets.allTextContents()).toEqual(['2025-06-05', '注記']);
    expect(await page.textContent('[data-workbook-sheet]')).toContain(
      'Sheet “2025-06-05” of the workbook fsa-2025-06-05.xlsx: 6 rows',
    );
    expect(await page.locator('[data-control="encoding"]').count()).toBe(0);
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('fsa_monthly');
    const preview = await page.locator('table[data-preview="upload"]').textContent();
    expect(preview).toContain('2025-04');
    expect(preview).toContain('5279');
    await page.fill('[data-constant="release_id"]', '2025-06-05');
    await page.check('[data-control="whole-months"]');
    await page.selectOption('[data-constant="confidence"]', 'medium');
    await page.fill('[data-constant="source_url"]', 'https://example.com/fsa-2025-06-05.xlsx');
    expect(await confirmUpload(page)).toContain(
      '5 rows loaded into the table upload_fsa_2025_06_05',
    );
    expect(
      await consoleRows(
        page,
        `SELECT month, unauthorized_access, fraudulent_trades, sell_oku_yen, buy_oku_yen
         FROM upload_fsa_2025_06_05 ORDER BY month`,
      ),
    ).toEqual([
      ['2025-01', '96', '39', '0.8', '0.7'],
      ['2025-02', '71', '33', '1', '0.6'],
      ['2025-03', '1420', '687', '129', '128'],
      ['2025-04', '5279', '2910', '1540', '1346'],
      ['2025-05', '3556', '2289', '1101', '993'],
    ]);
    // The sums the FSA stated for January to May (10,422 accesses, 5,958 trades), and the same
    // sums as the published release in the dashboard's own table.
    const sums = `SUM(unauthorized_access), SUM(fraudulent_trades), SUM(sell_oku_yen), SUM(buy_oku_yen)`;
    const loaded = await consoleRows(page, `SELECT ${sums} FROM upload_fsa_2025_06_05`);
    expect(loaded).toEqual([['10422', '5958', '2771.8', '2468.3']]);
    expect(
      await consoleRows(page, `SELECT ${sums} FROM fsa_monthly WHERE release_id = '2025-06-05'`),
    ).toEqual(loaded);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('takes a dropped workbook, switches sheets, and says how to save an .xls', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    const drop = (name: string, content: number[]) =>
      page.evaluate(
        ([fileName, bytes]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], fileName));
          const zone = document.querySelector('.upload .drop') as HTMLElement;
          zone.dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        },
        [name, content] as const,
      );
    await drop('dropped.xlsx', [...fsaWorkbook()]);
    await page.waitForSelector('[data-workbook-sheet="2025-06-05"]', { timeout: 90_000 });
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('fsa_monthly');
    await page.selectOption('[data-control="sheet"]', '注記');
    await page.waitForSelector('[data-workbook-sheet="注記"]', { timeout: 90_000 });
    expect(await page.textContent('[data-workbook-sheet]')).toContain('2 rows');
    expect(await page.inputValue('[data-control="sheet"]')).toBe('注記');

    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(2048).fill(0)];
    await drop('old.xls', ole);
    const message = await refusal(page);
    expect(message).toContain('old.xls');
    expect(message).toContain('Excel 97–2003 workbook (.xls)');
    expect(message).toContain('save it from Excel as an Excel Workbook (.xlsx) or as CSV');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('refuses a zip bomb with its rule, in English and Japanese, and keeps what was loaded', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseBuffer(page, 'fsa-2025-06-05.xlsx', fsaWorkbook());
    await page.waitForSelector('[data-action="confirm-upload"]', { timeout: 90_000 });
    await page.fill('[data-constant="release_id"]', '2025-06-05');
    await page.check('[data-control="whole-months"]');
    await page.selectOption('[data-constant="confidence"]', 'medium');
    await page.fill('[data-constant="source_url"]', 'https://example.com/fsa.xlsx');
    await confirmUpload(page);

    await chooseBuffer(page, 'bomb.xlsx', zipBomb());
    const message = await refusal(page);
    expect(message).toContain('bomb.xlsx');
    expect(message).toContain(
      'part xl/worksheets/sheet1.xml of the workbook unpacks to more than its archive says, as a zip bomb does',
    );
    expect(await page.getAttribute(`${REPORT} [data-message]`, 'data-message')).toBe(
      'workbook-size-lies',
    );
    await waitForSectionsCaughtUp(page);
    expect(await page.getAttribute(APRIL_TRADES, 'data-value')).toBe('2987');
    expect(
      await consoleRows(page, 'SELECT SUM(unauthorized_access) FROM upload_fsa_2025_06_05'),
    ).toEqual([['10422']]);

    const huge = declareSize(
      writeXlsx([{ name: 'S', rows: [[1]] }]),
      'xl/worksheets/sheet1.xml',
      600_000_000,
    );
    await chooseBuffer(page, '巨大.xlsx', huge);
    expect(await refusal(page)).toContain('more than 512 MB');

    const ja = await pages.open('ja/');
    await waitForLiveCharts(ja.page);
    await chooseBuffer(ja.page, 'bomb.xlsx', zipBomb());
    const japanese = await refusal(ja.page);
    expect(japanese).toContain('bomb.xlsx');
    expect(japanese).toContain('zip爆弾のように');
    expect(consoleErrors).toEqual([]);
    expect(ja.consoleErrors).toEqual([]);
    await ja.page.close();
    await page.close();
  });
});
