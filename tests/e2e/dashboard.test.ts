import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts, waitForSectionsCaughtUp } from '../support/page-session';

const pages = usePages();

const pointValue = (chart: string, series: string, month: string) =>
  `figure[data-chart="${chart}"] [data-series="${series}"] circle.point[data-month="${month}"]`;

describe('the dashboard in Chromium (production build)', () => {
  it('draws the four charts with the latest figures, from its own origin only, without errors', async () => {
    const { page, baseUrl, requests, consoleErrors } = await pages.open();
    await waitForLiveCharts(page);

    expect(
      await page.getAttribute(
        pointValue('monthly-counts', 'fraudulent_trades', '2025-04'),
        'data-value',
      ),
    ).toBe('2987');
    expect(
      await page.getAttribute(
        pointValue('monthly-counts', 'unauthorized_access', '2025-12'),
        'data-value',
      ),
    ).toBe('343');
    expect(
      await page.locator(pointValue('monthly-counts', 'fraudulent_trades', '2025-12')).count(),
    ).toBe(0);

    const june = page.locator('figure[data-chart="yen-amounts"] g[data-month="2025-06"] rect');
    expect(
      await june.evaluateAll((rects) =>
        rects.map((rect) => [rect.dataset.series, rect.dataset.value]),
      ),
    ).toEqual([['combined', '381']]);
    expect(
      await page
        .locator('figure[data-chart="brokers"] rect.firms[data-month="2025-05"]')
        .getAttribute('data-value'),
    ).toBe('16');
    expect(await page.locator('figure[data-chart="brokers"] tbody tr[data-broker]').count()).toBe(
      18,
    );
    expect(await page.locator('figure[data-chart="stocks"] .stock-row').count()).toBe(8);

    const origin = new URL(baseUrl).origin;
    expect(
      requests.map((request) => request.url()).filter((url) => new URL(url).origin !== origin),
    ).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens with the headline: 33 in February to 736 in 1-16 April, and the latest totals', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    const rise = await page.textContent('[data-headline="rise"]');
    expect(rise).toContain('from 33 in Feb 2025 to 736 in 1–16 Apr 2025');
    expect(rise).toContain('18 Apr 2025');
    expect(await page.textContent('[data-total="total_unauthorized_access"]')).toContain('17,559');
    expect(await page.textContent('[data-total="total_sell_buy_oku_yen"]')).toContain('¥739.3bn');
    expect(
      await page.getAttribute('[data-total="total_fraudulent_trades"]', 'data-full-year'),
    ).toBe('false');
    expect(await page.textContent('[data-total="total_fraudulent_trades"]')).toContain(
      'No full-year figure in our sources',
    );
    expect(await page.textContent('[data-total="total_fraudulent_trades"]')).toMatch(
      /9,510[\s\S]*30 Nov 2025/,
    );
    // A release known only by its month is named by its month, as a release with a day is by it.
    expect(await page.textContent('[data-total="total_fraudulent_trades"]')).toContain(
      'release of Dec 2025',
    );
    expect(await page.textContent('[data-total="total_unauthorized_access"]')).toContain(
      'release of 14 Jan 2026',
    );
    // Confidence and source are set apart by a spaced dot, kept on the confidence's line.
    expect(await page.textContent('[data-total="total_unauthorized_access"]')).toContain(
      'medium\u00a0· fujipost.com',
    );
    await page.close();
  });

  it('shows a release as published when the reader picks it, and keeps it in the address', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.selectOption('select[data-control="release"]', '2025-04-18');
    await page.waitForSelector(
      `${pointValue('monthly-counts', 'fraudulent_trades', '2025-02')}[data-value="33"]`,
    );
    const trades = page.locator(
      'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point',
    );
    expect(
      await trades.evaluateAll((points) =>
        points.map((point) => [point.dataset.month, point.dataset.value]),
      ),
    ).toEqual([
      ['2025-02', '33'],
      ['2025-03', '685'],
      ['2025-04', '736'],
    ]);
    // The menu and the filters' summary name the release by its date.
    expect(
      await page.textContent('select[data-control="release"] option[value="2025-04-18"]'),
    ).toContain('18 Apr 2025 release (1 Feb 2025 – 16 Apr 2025)');
    expect(await page.textContent('[data-panel="filters"]')).toContain(
      'as published on 18 Apr 2025',
    );
    expect(
      await page.getAttribute(
        pointValue('monthly-counts', 'fraudulent_trades', '2025-04'),
        'class',
      ),
    ).toContain('partial');
    expect(await page.textContent('figure[data-chart="monthly-counts"] svg.chart-svg')).toContain(
      '1–16 Apr 2025',
    );
    // The address is written once the view stops changing.
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('release') === '2025-04-18',
    );
    const sells = page.locator('figure[data-chart="yen-amounts"] rect[data-series="sell"]');
    expect(await sells.evaluateAll((rects) => rects.map((rect) => rect.dataset.value))).toEqual([
      '1',
      '131',
      '374',
    ]);
    await page.close();
  });

  it('leaves the months a release skipped as gaps, and marks months mixing releases', async () => {
    const { page } = await pages.open('?release=2025-10-06');
    await waitForLiveCharts(page);
    const trades = page.locator(
      'figure[data-chart="monthly-counts"] [data-series="fraudulent_trades"] circle.point',
    );
    expect(
      await trades.evaluateAll((points) => points.map((point) => point.dataset.month)),
    ).toEqual(['2025-04', '2025-09']);
    await page.click('figure[data-chart="monthly-counts"] [data-action="show-table"]');
    expect(
      await page
        .locator('figure[data-chart="monthly-counts"] tr[data-month="2025-06"]')
        .textContent(),
    ).toContain('not in our sources');
    // The release's table covered January to September; of the months drawn, April to September,
    // no source we read quotes May to August.
    expect(await page.textContent('#monthly-counts-description')).toContain(
      'Our sources give no figure for 4 months.',
    );
    await page.selectOption('select[data-control="release"]', '');
    await page.waitForSelector(
      `${pointValue('monthly-counts', 'fraudulent_trades', '2025-04')}[data-value="2987"]`,
    );
    await waitForSectionsCaughtUp(page);
    expect(
      await page
        .locator('figure[data-chart="yen-amounts"] g[data-month="2025-01"] text.mixed')
        .count(),
    ).toBe(1);
    expect(
      await page
        .locator('figure[data-chart="yen-amounts"] g[data-month="2025-08"] text.mixed')
        .count(),
    ).toBe(0);
    await page.close();
  });

  it('opens the release named in the address, and says so when it does not exist', async () => {
    const first = await pages.open('?release=2025-04-18');
    await waitForLiveCharts(first.page);
    expect(await first.page.inputValue('select[data-control="release"]')).toBe('2025-04-18');
    expect(
      await first.page.getAttribute(
        pointValue('monthly-counts', 'fraudulent_trades', '2025-04'),
        'data-value',
      ),
    ).toBe('736');
    await first.page.close();

    const missing = await pages.open('?release=2030-01-01');
    await waitForLiveCharts(missing.page);
    expect(await missing.page.textContent('[role="status"].notice')).toContain('2030-01-01');
    expect(await missing.page.inputValue('select[data-control="release"]')).toBe('');
    await missing.page.close();
  });

  it.each([
    { path: '', released: 'release of Dec 2025', low: 'low', notPublished: 'not published' },
    { path: 'ja/', released: '2025年12月公表', low: '低', notPublished: '未公表' },
  ])(
    'shows the exact numbers as a table, with release, confidence and source on "$path"',
    async ({ path, released, low, notPublished }) => {
      const { page } = await pages.open(path);
      await waitForLiveCharts(page);
      await page.click('figure[data-chart="monthly-counts"] [data-action="show-table"]');
      const april = page.locator('figure[data-chart="monthly-counts"] tr[data-month="2025-04"]');
      await april.waitFor({ state: 'visible' });
      const text = await april.textContent();
      expect(text).toContain('2,987');
      // The release a figure was read from, by its date in the reader's words, as the headline.
      expect(text).toContain(released);
      expect(text).toContain(low);
      const notes = await page
        .locator('figure[data-chart="monthly-counts"] td.figure-cell small')
        .allTextContents();
      expect(notes.length).toBeGreaterThan(10);
      for (const note of notes) expect(note).not.toMatch(/20\d\d-\d\d/);
      const december = await page
        .locator('figure[data-chart="monthly-counts"] tr[data-month="2025-12"]')
        .textContent();
      expect(december).toContain(notPublished);
      await page.close();
    },
  );

  it('explains a low-confidence figure in the tooltip, reachable by keyboard', async () => {
    const { page } = await pages.open();
    await waitForLiveCharts(page);
    await page.focus(pointValue('monthly-counts', 'fraudulent_trades', '2025-04'));
    const tip = await page
      .locator('figure[data-chart="monthly-counts"] [role="tooltip"]')
      .textContent();
    expect(tip).toContain('2,987');
    expect(tip).toContain('Low confidence: a single secondary source, unverified.');
    expect(tip).toContain('ai.x.ezic.info');
    // The release it was read from, by its date.
    expect(tip).toContain('Release: Dec 2025');
    await page.close();
  });
});
