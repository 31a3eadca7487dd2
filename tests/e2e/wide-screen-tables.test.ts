import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';
import { textOnSeveralLines } from '../support/text-on-lines';

const pages = usePages();

describe('tables on a wide screen, 1280 px (production build)', () => {
  it('break Japanese dates and codes between words only, as English ones', async () => {
    const { page } = await pages.open('ja/');
    expect(page.viewportSize()?.width).toBe(1280);
    await waitForLiveCharts(page);
    for (const chart of ['stocks', 'revision-history']) {
      await page.click(`figure[data-chart="${chart}"] [data-action="show-table"]`);
      await page.locator(`figure[data-chart="${chart}"] details tbody tr`).first().waitFor();
    }
    // The brokers' table shares the width with their compensation policies: its dates read
    // "2025" / "年3月" / "21日". In the stocks' table a missing code read "未公" / "表".
    expect(await textOnSeveralLines(page, 'td.date, td.code')).toEqual([]);
    await page.close();
  });
});
