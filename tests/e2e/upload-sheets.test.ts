import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import {
  REPORT,
  chooseFile,
  confirmUpload,
  consoleRows,
  fixturePath,
} from '../support/upload-page';

const pages = usePages();

const EXCEL_EXPORT = 'fsa-excel-export-2025-06-05.sjis.csv';
const TABLE = 'upload_fsa_excel_export_2025_06_05_sjis';
/** `UPLOAD_SCREENSHOTS=DIR` saves the mapping form as the reader sees it, for review. */
const SCREENSHOTS = process.env.UPLOAD_SCREENSHOTS;

const whyOf = (page: import('playwright-core').Page, source: number) =>
  page.textContent(`[data-why="${source}"]`);

describe('tables as journalists get them (production build)', () => {
  it('loads the FSA’s Excel export (Shift_JIS, title, units, 合計, ※) as fsa_monthly with the 2025-06-05 sums', async () => {
    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath(EXCEL_EXPORT));
    expect(await page.textContent('.workspace')).toContain('Shift_JIS');
    expect(await page.inputValue('[data-control="upload-target"]')).toBe('fsa_monthly');
    expect(await page.inputValue('[data-column-target="発生時期"]')).toBe('month');
    expect(await whyOf(page, 0)).toBe(
      'Suggested because its values read as months (2025年1月), whatever the header says.',
    );
    expect(await whyOf(page, 1)).toBe('Suggested because the header “不正アクセス件数” names it.');
    expect(await page.locator('table[data-preview="upload"] tbody tr').count()).toBe(5);
    await page.check('[data-control="whole-months"]');
    await page.fill('[data-constant="release_id"]', '2025-06-05');
    await page.selectOption('[data-constant="confidence"]', 'high');
    await page.fill(
      '[data-constant="source_url"]',
      'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html',
    );
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page
        .locator('form.mapping')
        .screenshot({ path: path.join(SCREENSHOTS, 'mapping-form-excel-export-en.png') });
    }
    const text = await confirmUpload(page);
    expect(text).toContain(`5 rows loaded into the table ${TABLE}`);
    expect(text).toContain(
      'line 10 (“合計 10,422 5,958 約2,772 約2,468”) states a total; it was not loaded',
    );
    expect(text).toContain('line 12 is a footnote');
    expect(
      await consoleRows(
        page,
        `SELECT count(*), sum(unauthorized_access), sum(fraudulent_trades),
           round(sum(sell_oku_yen), 1), round(sum(buy_oku_yen), 1) FROM ${TABLE}`,
      ),
    ).toEqual([['5', '10,422', '5,958', '2,771.8', '2,468.3']]);
    expect(
      await consoleRows(
        page,
        `SELECT count(*) FROM ${TABLE} u JOIN fsa_monthly m USING (release_id, month)
         WHERE u.unauthorized_access = m.unauthorized_access AND u.fraudulent_trades = m.fraudulent_trades
           AND u.sell_oku_yen = m.sell_oku_yen AND u.buy_oku_yen = m.buy_oku_yen`,
      ),
    ).toEqual([['5']]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('explains its suggestions in Japanese on the Japanese page', async () => {
    const { page } = await pages.open('ja/');
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath(EXCEL_EXPORT));
    expect(await whyOf(page, 0)).toBe(
      '見出しにかかわらず、値が年月として読めるため提案しています（2025年1月など）。',
    );
    expect(await whyOf(page, 3)).toBe('見出し「売却金額」がこの列を指しているため提案しています。');
    if (SCREENSHOTS)
      await page
        .locator('form.mapping')
        .screenshot({ path: path.join(SCREENSHOTS, 'mapping-form-excel-export-ja.png') });
    await page.close();
  });

  it('reads Excel’s “Unicode Text” (UTF-16) and Latin-1, and says which it read', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('unicode-text.utf16le.txt'));
    expect(await page.textContent('.workspace')).toContain(
      'UTF-16 LE (Excel’s “Unicode Text”), tab-separated',
    );
    expect(await page.locator('table[data-preview="upload"]').textContent()).toContain(
      '不正アクセス件数',
    );
    await chooseFile(page, fixturePath('latin1.csv'));
    expect(await page.textContent('.workspace')).toContain('Windows-1252 (Latin-1)');
    expect(await page.locator('table[data-preview="upload"]').textContent()).toContain('Zürich');
    expect(await confirmUpload(page)).toContain('3 rows loaded');
    expect(
      await consoleRows(page, `SELECT remarque FROM upload_latin1 ORDER BY source_line`),
    ).toEqual([['Süd'], ['«très élevé»'], ['naïve café']]);
    await page.close();
  });

  it('says which line DuckDB could not read, then DuckDB’s words in English', async () => {
    const { page } = await pages.open('ja/');
    await waitForLiveCharts(page);
    await chooseFile(page, fixturePath('carriage-return.csv'));
    const text = await confirmUpload(page);
    expect(text).toContain('DuckDBがファイルの3行目1列目を表の行として読み取れませんでした。');
    const said = page.locator(`${REPORT} [data-message="engine-read-failed"] ~ [lang="en"]`);
    expect(await said.textContent()).toMatch(/^Invalid Input Error: .*CSV Parser/);
    await page.close();
  });
});
