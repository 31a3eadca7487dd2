import { describe, expect, it } from 'vitest';
import { buildBytesMarkdown } from '../../scripts/bench/build-bytes';
import type { PageRun } from '../../scripts/bench/measure-page';
import { pageReport, summariseRuns } from '../../scripts/bench/page-report';

const run = (firstChartMs: number, bytesBeforeFirstChart: number): PageRun => ({
  firstChartMs,
  duckdbReadyMs: 1900,
  bytesBeforeFirstChart,
  totalBytes: 6_000_000,
  releaseChangeMs: [40, 10, 12],
  filterChangeMs: [12],
  filterFrameMs: [16],
  revisionMonthMs: [14],
  releaseSettledMs: [44, 18, 20],
  filterSettledMs: [15],
});
const lighthouse = (accessibility: number) => ({
  performance: 98,
  accessibility,
  metrics: { totalBlockingTimeMs: 80 },
});
const naive = summariseRuns([run(2000, 6_000_000), run(2100, 6_000_000)]);
const bytes = {
  pages: [
    {
      file: 'index.html',
      label: 'English page (index.html)',
      bytes: { raw: 10240, gzip: 2048, brotli: 1024 },
    },
    { file: 'ja/index.html', label: 'Japanese page (ja/index.html)', bytes: null },
  ],
  cards: [],
};

describe('the benchmark report', () => {
  it('says that a page missing from the build was not measured, and fails its target', () => {
    const { markdown, targets } = pageReport({
      intro: 'Measured.',
      pages: [
        { id: 'en', summary: summariseRuns([run(150, 50_000)]), lighthouse: [lighthouse(100)] },
        { id: 'ja', summary: null, lighthouse: [] },
      ],
      naive,
      bytes,
    });
    expect(markdown).toContain(
      'Japanese page (ja/): **not measured**, the build has no `ja/index.html`.',
    );
    expect(markdown).toContain('| Japanese page (ja/index.html) | missing from this build | | |');
    expect(markdown).toContain('Share cards: none in this build');
    expect(targets).toContainEqual([
      'Japanese page (ja/) measured (the build has no ja/index.html)',
      false,
    ]);
    expect(targets).toContainEqual(['First chart painted, median ≤ 150 ms', true]);
  });

  it('holds the Japanese page to the same targets, against the same naive variant', () => {
    const { markdown, targets } = pageReport({
      intro: 'Measured.',
      pages: [
        { id: 'en', summary: summariseRuns([run(150, 50_000)]), lighthouse: [lighthouse(100)] },
        { id: 'ja', summary: summariseRuns([run(310, 120_000)]), lighthouse: [lighthouse(98)] },
      ],
      naive,
      bytes,
    });
    expect(markdown).toContain('| Japanese page, ja/ (this build) | min | median | max |');
    expect(markdown).toContain('naive median / Japanese page (ja/) median = **6.6×**');
    expect(targets).toEqual(
      expect.arrayContaining([
        ['Japanese page (ja/): First chart painted, median ≤ 150 ms', false],
        ['Japanese page (ja/): First chart ≥ 10× sooner than the naive variant', false],
        ['Japanese page (ja/): ≤ 100 KB (compressed) before the first chart', false],
        ['Japanese page (ja/): Lighthouse accessibility = 100 (every run)', false],
        ['Lighthouse accessibility = 100 (every run)', true],
      ]),
    );
  });

  it('puts the previous build beside this one, with ratios, targets and the data saver', () => {
    const { markdown, targets } = pageReport({
      intro: 'Measured.',
      pages: [
        { id: 'en', summary: summariseRuns([run(140, 50_000)]), lighthouse: [lighthouse(100)] },
      ],
      naive,
      bytes,
      previous: {
        commit: '12a9be9',
        summary: summariseRuns([{ ...run(160, 50_000), filterChangeMs: [30] }]),
      },
      elements: [{ label: 'English page (index.html)', current: 2100, previous: 3400 }],
      dataSaver: { bytes: summariseRuns([run(1, 140 * 1024)]).bytesBeforeFirstChart },
    });
    // The first release change is each run's first; the others come after it.
    expect(markdown).toContain(
      '| First release change after DuckDB is ready | 40.0 ms | 40.0 ms | 40.0 ms |',
    );
    expect(markdown).toContain('| Release change after the first | 10.0 ms | 11.0 ms | 12.0 ms |');
    // Until every section shows it, without the first, and beside the previous build's, untargeted.
    expect(markdown).toContain(
      '| Release change after the first, until every section shows it | 18.0 ms | 19.0 ms | 20.0 ms |',
    );
    expect(markdown).toContain(
      '| Month filter change until every section shows it | 15.0 ms | 15.0 ms | 1.00× | none (sections far from the screen redraw after the frame) | — |',
    );
    expect(markdown).toContain(
      '| First chart painted | 140.0 ms | 160.0 ms | 0.88× | ≤ 150 ms | yes |',
    );
    expect(markdown).toContain(
      '| Month filter change to updated, laid-out charts | 12.0 ms | 30.0 ms | 0.40× | ≤ 8 ms and ≤ ½ previous | **no** |',
    );
    expect(markdown).toContain('| English page (index.html) | 2,100 | 3,400 |');
    expect(markdown).toContain('total blocking time 80 ms (median 80 ms)');
    expect(markdown).toContain('| ≤ 150 KB | yes |');
    expect(targets).toEqual(
      expect.arrayContaining([
        ['Filter update at most half of the previous build’s (median)', true],
        ['Filter update to updated, laid-out charts, median ≤ 8 ms', false],
        ['Release change after the first, median ≤ 16 ms', true],
        ['Revision month change, median ≤ 16 ms', true],
        ['Lighthouse performance ≥ 98 (median)', true],
        ['Lighthouse total blocking time ≤ 100 ms (median)', true],
        ['With a data saver on, a page view without interaction transfers ≤ 150 KB (median)', true],
      ]),
    );
  });

  it('lists every share card and their total', () => {
    const lines = buildBytesMarkdown({
      pages: [],
      cards: [
        { file: 'cards/brokers.png', bytes: 51_200 },
        { file: 'cards/stocks.png', bytes: 40_960 },
      ],
    });
    expect(lines).toContain('| cards/brokers.png | 50.0 KB |');
    expect(lines).toContain('| all 2 cards | 90.0 KB |');
  });
});
