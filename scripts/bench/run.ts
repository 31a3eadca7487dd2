/**
 * `npm run bench`: builds the page twice (prerendered, and the naive variant that waits for
 * DuckDB before drawing), serves both gzipped on localhost, drives the system Chromium over
 * several runs of each, runs Lighthouse, uploads a synthetic million-row file against a papaparse
 * baseline, prints min/median/max and ratios, checks the targets and writes bench-results/ and the
 * README's performance sections. `BENCH_ONLY=page` or `BENCH_ONLY=upload` runs one part.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { launchChromium } from '../../tests/support/chromium';
import { lighthouseScores, type LighthouseScores } from './lighthouse-scores';
import { measurePage, type PageRun } from './measure-page';
import { serveStatic } from './static-server';
import { summarise, type Summary } from './stats';
import { benchUpload } from './upload-bench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY;
/** Every release in the built-in data, in order: the benchmark shows each once per run. */
const RELEASES = Papa.parse<{ release_id: string }>(
  readFileSync(path.join(ROOT, 'data/fsa_releases.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.map((row) => row.release_id);

function build(outDir: string, env: Record<string, string> = {}) {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
}

async function measureVariants(urls: { prerendered: string; naive: string }) {
  const browser = await launchChromium();
  const runs: Record<'prerendered' | 'naive', PageRun[]> = { prerendered: [], naive: [] };
  try {
    await measurePage(browser, urls.prerendered, RELEASES);
    await measurePage(browser, urls.naive, RELEASES);
    for (let run = 0; run < RUNS; run += 1) {
      runs.prerendered.push(await measurePage(browser, urls.prerendered, RELEASES));
      runs.naive.push(await measurePage(browser, urls.naive, RELEASES));
      process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
  }
  return runs;
}

function summariseRuns(runs: PageRun[]) {
  return {
    firstChartMs: summarise(runs.map((run) => run.firstChartMs)),
    duckdbReadyMs: summarise(runs.map((run) => run.duckdbReadyMs)),
    bytesBeforeFirstChart: summarise(runs.map((run) => run.bytesBeforeFirstChart)),
    totalBytes: summarise(runs.map((run) => run.totalBytes)),
    releaseChangeMs: summarise(runs.flatMap((run) => run.releaseChangeMs)),
    filterChangeMs: summarise(runs.flatMap((run) => run.filterChangeMs)),
    filterFrameMs: summarise(runs.flatMap((run) => run.filterFrameMs)),
  };
}

const fmt = (value: number, unit: string) =>
  unit === 'KB'
    ? `${(value / 1024).toFixed(1)} KB`
    : `${value.toFixed(unit === 'ms' ? 1 : 0)} ${unit}`;
const row = (label: string, summary: Summary, unit: string) =>
  `| ${label} | ${fmt(summary.min, unit)} | ${fmt(summary.median, unit)} | ${fmt(summary.max, unit)} |`;

function report(
  results: {
    prerendered: ReturnType<typeof summariseRuns>;
    naive: ReturnType<typeof summariseRuns>;
  },
  lighthouse: LighthouseScores[],
) {
  const { prerendered: pre, naive } = results;
  const ratio = naive.firstChartMs.median / pre.firstChartMs.median;
  const performance = summarise(lighthouse.map((scores) => scores.performance));
  const accessibility = summarise(lighthouse.map((scores) => scores.accessibility));
  const targets = [
    ['First chart painted, median ≤ 300 ms', pre.firstChartMs.median <= 300],
    ['First chart ≥ 10× sooner than the naive variant', ratio >= 10],
    [
      '≤ 100 KB (compressed) before the first chart',
      pre.bytesBeforeFirstChart.median <= 100 * 1024,
    ],
    ['Release change after DuckDB is ready, median ≤ 50 ms', pre.releaseChangeMs.median <= 50],
    ['Filter update to updated, laid-out charts, median ≤ 16 ms', pre.filterChangeMs.median <= 16],
    ['Lighthouse performance ≥ 95 (median)', performance.median >= 95],
    ['Lighthouse accessibility = 100 (every run)', accessibility.min === 100],
  ] as const;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on localhost (gzip), headless Chromium, ${RUNS} runs per variant after one warm-up; each run shows all ${RELEASES.length} releases once, then the latest figures.`,
    '',
    '| prerendered page (this build) | min | median | max |',
    '| --- | --- | --- | --- |',
    row('First chart painted (from navigation start)', pre.firstChartMs, 'ms'),
    row('DuckDB ready (loaded with the data)', pre.duckdbReadyMs, 'ms'),
    row('Transferred before the first chart', pre.bytesBeforeFirstChart, 'KB'),
    row('Transferred in all', pre.totalBytes, 'KB'),
    row('Release change to redrawn chart', pre.releaseChangeMs, 'ms'),
    row('Month filter change to updated, laid-out charts', pre.filterChangeMs, 'ms'),
    row(
      'Month filter change to the next frame (includes the wait for it)',
      pre.filterFrameMs,
      'ms',
    ),
    '',
    '| naive variant (waits for DuckDB before drawing) | min | median | max |',
    '| --- | --- | --- | --- |',
    row('First chart painted', naive.firstChartMs, 'ms'),
    row('DuckDB ready', naive.duckdbReadyMs, 'ms'),
    row('Transferred before the first chart', naive.bytesBeforeFirstChart, 'KB'),
    '',
    `First chart painted: naive median / prerendered median = **${ratio.toFixed(1)}×**.`,
    '',
    `Lighthouse ${lighthouse.length} runs (mobile, simulated throttling): performance ${lighthouse.map((s) => s.performance).join(', ')} (median ${performance.median}); accessibility ${lighthouse.map((s) => s.accessibility).join(', ')}.`,
    '',
    '| target | met |',
    '| --- | --- |',
    ...targets.map(([target, met]) => `| ${target} | ${met ? 'yes' : '**no**'} |`),
  ];
  return { markdown: lines.join('\n'), ratio, targets, performance, accessibility };
}

function updateReadme(markdown: string, section: 'bench' | 'bench-upload') {
  const file = path.join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = `<!-- ${section}:start -->`;
  const end = `<!-- ${section}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  writeFileSync(
    file,
    `${readme.slice(0, from + start.length)}\n\n${markdown}\n\n${readme.slice(to)}`,
  );
  execFileSync('npx', ['prettier', '--write', '--log-level', 'warn', file], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

async function benchPage() {
  const naiveDir = path.join(ROOT, 'node_modules/.bench/dist-naive');
  build(naiveDir, { TAKEOVER_NAIVE: '1' });
  const prerenderedServer = await serveStatic(path.join(ROOT, 'dist'));
  const naiveServer = await serveStatic(naiveDir);
  try {
    console.log(`Measuring ${RUNS} runs of each variant…`);
    const runs = await measureVariants({
      prerendered: prerenderedServer.url,
      naive: naiveServer.url,
    });
    console.log(`Running Lighthouse ${LIGHTHOUSE_RUNS} times…`);
    const lighthouse: LighthouseScores[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1)
      lighthouse.push(await lighthouseScores(prerenderedServer.url));
    const summaries = {
      prerendered: summariseRuns(runs.prerendered),
      naive: summariseRuns(runs.naive),
    };
    const result = report(summaries, lighthouse);
    console.log(`\n${result.markdown}\n`);
    writeResults('latest', result.markdown, { runs: RUNS, summaries, lighthouse, raw: runs });
    updateReadme(result.markdown, 'bench');
  } finally {
    await prerenderedServer.close();
    await naiveServer.close();
  }
}

async function benchUploads() {
  const server = await serveStatic(path.join(ROOT, 'dist'));
  try {
    console.log('Uploading the synthetic million-row file…');
    const result = await benchUpload(ROOT, server.url);
    console.log(`\n${result.markdown}\n`);
    const { markdown, ...figures } = result;
    writeResults('upload-latest', markdown, figures);
    updateReadme(markdown, 'bench-upload');
  } finally {
    await server.close();
  }
}

function writeResults(name: string, markdown: string, figures: object) {
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, `bench-results/${name}.json`),
    JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2),
  );
  writeFileSync(path.join(ROOT, `bench-results/${name}.md`), `${markdown}\n`);
}

async function main() {
  console.log('Building the page…');
  build(path.join(ROOT, 'dist'));
  if (ONLY !== 'upload') await benchPage();
  if (ONLY !== 'page') await benchUploads();
}

await main();
