import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { chooseFile, confirmUpload } from '../support/upload-page';

const pages = usePages();
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'takeover-streamed-totals-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('totals and footnotes at the end of a large free table (production build)', () => {
  it('leaves them out and names each line in the report, in English and Japanese', async () => {
    const rows = ['place,date,cases'];
    for (let index = 1; index <= 80_000; index += 1)
      rows.push(
        `place ${index},2025-04-${String(1 + (index % 28)).padStart(2, '0')},${index % 97}`,
      );
    rows.push('合計,,999999', '※ 件数は暫定値です,,');
    const file = path.join(folder, 'free-table-with-total.csv');
    await writeFile(file, `${rows.join('\n')}\n`);

    const { page, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);
    await chooseFile(page, file);
    const text = await confirmUpload(page);
    expect(text).toContain('80,000 rows loaded');
    const total = rows.length - 1;
    expect(text).toContain(
      `line ${total} (“合計 999999”) states a total; it was not loaded, so sums are not counted twice`,
    );
    expect(text).toContain(
      `line ${total + 1} is a footnote (“※ 件数は暫定値です”); it was not loaded`,
    );
    await page.selectOption('[data-control="language"]', 'ja');
    await page.waitForSelector('html[lang="ja"]');
    expect(await page.textContent('[data-report="upload"]')).toContain(
      `${total}行目（「合計 999999」）は合計を示す行のため、二重に数えないよう読み込んでいません`,
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
