import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CategoryBars from '$lib/charts/CategoryBars.svelte';
import SeriesLines from '$lib/charts/SeriesLines.svelte';
import { uploadChartWords } from '$lib/i18n/en-upload-charts';
import type { IncidentStockRow } from '$lib/queries/incident-summary';
import IncidentCategories from '$views/upload/IncidentCategories.svelte';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const cell = (value: number | null) => ({ value, lines: [] });
const point = (x: string, value: number | null) => ({ x, value, lines: [] });

describe('upload charts render the same SVG for the same data', () => {
  it('CategoryBars: one series, a missing value written out, muted rows, a long name cut', () => {
    const { body } = render(CategoryBars, {
      props: {
        width: 720,
        label: 'Incidents by broker',
        xTitle: 'Incidents',
        formatValue: String,
        missingLabel: 'no value',
        series: [{ key: 'incidents', label: 'Incidents', color: '#0072B2' }],
        rows: [
          { key: 'a', label: '楽天証券', cells: [cell(412)] },
          {
            key: 'b',
            label: 'A securities firm whose name is far too long to fit beside its bar',
            cells: [cell(97)],
          },
          { key: 'c', label: '<script>alert(1)</script>', cells: [cell(null)] },
          { key: 'd', label: 'not given', muted: true, cells: [cell(37)] },
          { key: 'e', label: 'all others (12)', muted: true, cells: [cell(0)] },
        ],
      },
    });
    const svg = normaliseSvg(body);
    expectSnapshot('category-bars', svg);
    expect(svg.match(/class="bar"/g)).toHaveLength(4);
    expect(svg).not.toContain('<script>');
  });

  it('CategoryBars: grouped bars either side of zero, a missing cell absent', () => {
    const { body } = render(CategoryBars, {
      props: {
        width: 480,
        label: 'Sum of change by team',
        xTitle: 'Sum of change',
        formatValue: String,
        missingLabel: 'no value',
        series: [
          { key: '1', label: 'red', color: '#0072B2' },
          { key: '2', label: 'blue', color: '#D55E00' },
        ],
        rows: [
          { key: 'x', label: 'x', cells: [cell(12.5), cell(-4)] },
          { key: 'y', label: 'y', cells: [cell(null), cell(8)] },
        ],
      },
    });
    const svg = normaliseSvg(body);
    expectSnapshot('category-bars-grouped', svg);
    expect(svg.match(/class="bar"/g)).toHaveLength(3);
  });

  it('SeriesLines: two series over months, a gap where a value is missing', () => {
    const months = ['2025-03', '2025-04', '2025-05', '2025-06'];
    const { body } = render(SeriesLines, {
      props: {
        width: 720,
        xs: months,
        label: 'Sell and buy amounts per month',
        xTitle: 'Month',
        yTitle: '億円',
        xLabel: (month: string) => month,
        formatValue: (value: number) => `${value} 億円`,
        series: [
          {
            key: 'sell',
            label: 'Sell',
            color: '#0072B2',
            points: [
              point('2025-03', 1.5),
              point('2025-04', null),
              point('2025-05', 2.25),
              point('2025-06', 3),
            ],
          },
          {
            key: 'buy',
            label: 'Buy',
            color: '#D55E00',
            dashed: true,
            points: months.map((month, index) => point(month, index === 0 ? null : index)),
          },
        ],
      },
    });
    const svg = normaliseSvg(body);
    expectSnapshot('series-lines', svg);
    expect(svg.match(/class="point"/g)).toHaveLength(6);
    expect(svg).not.toContain('data-value="0"');
  });
});

describe('a chart of an uploaded file', () => {
  const row = (over: Partial<IncidentStockRow>): IncidentStockRow => ({
    name: null,
    ticker: null,
    kind: 'named',
    incidents: 1,
    members: 1,
    sell_oku_yen: null,
    sell_known: 0,
    buy_oku_yen: null,
    buy_known: 0,
    ...over,
  });
  const { body } = render(IncidentCategories, {
    props: {
      id: 'upload-incidents-stock',
      column: 'stock',
      words: uploadChartWords.incidents.stock,
      file: 'my cases.csv',
      hasColumn: true,
      color: '#007A5A',
      tickerHeading: 'Code',
      error: null,
      rows: [
        row({ name: 'ソニー', ticker: '6758', incidents: 3, sell_oku_yen: 2.25, sell_known: 2 }),
        row({ kind: 'not_given', incidents: 2 }),
        row({ kind: 'others', incidents: 6, members: 3 }),
      ],
    },
  });

  it('says whose figures these are, and that they are not the FSA’s', () => {
    expect(body).toMatch(/<figure[^>]*data-chart="upload-incidents-stock"/);
    expect(body).toContain('data-source="upload"');
    expect(body).toContain(uploadChartWords.source('my cases.csv'));
    expect(body).toContain('ソニー (6758) had the most incidents: 3 of 11.');
    expect(body).toContain('all others (3)');
    expect(body).toContain('not given');
    expect(normaliseSvg(body)).toContain('<td class="num missing">no value</td>');
  });
});
