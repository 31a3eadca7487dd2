/**
 * `npm run bench`: builds the page twice (prerendered, and the naive variant that waits for
 * DuckDB before drawing) and the previous build from git (previous-build.ts), serves them with
 * their precompressed files on localhost, drives the system Chromium over several runs of the
 * English page, the Japanese page (ja/), the naive variant and the previous build, runs
 * Lighthouse on both pages, counts the prerendered pages' elements, weighs a page view with a
 * data saver on, reports the bytes of the prerendered pages and the share cards, uploads a
 * synthetic million-row file against a papaparse baseline and a synthetic 100,000-row workbook,
 * prints min/median/max and ratios,
 * checks the targets and writes bench-results/ and the README's performance sections.
 * `BENCH_ONLY=page`, `upload` or `workbook` runs one part; `BENCH_DIST=folder` measures a
 * finished build instead of building dist/; `BENCH_PREVIOUS=commit|none` picks the previous build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { launchChromium } from '../../tests/support/chromium';
import { lighthouseScores, type LighthouseScores } from './lighthouse-scores';
import { buildBytes, PRERENDERED_PAGES } from './build-bytes';
import { dataSaverBytes } from './data-saver-bytes';
import { prerenderedElements } from './dom-nodes';
import { measurePage, type PageRun } from './measure-page';
import { buildPrevious, PREVIOUS_COMMIT, type PreviousBuild } from './previous-build';
import type { PageElements } from './previous-report';
import { summarise } from './stats';
import {
  MEASURED_PAGES,
  pageReport,
  summariseRuns,
  type MeasuredPage,
  type PageId,
} from './page-report';
import { serveStatic } from './static-server';
import { benchUpload } from './upload-bench';
import { benchWorkbook } from './workbook-bench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const DATA_SAVER_RUNS = 3;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY;
/** The build to measure: dist/, built first, or `BENCH_DIST`, a finished build taken as it is. */
const DIST = path.resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
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

/** The measured pages the build has (ja/ exists only where the build writes it). */
function presentPages(dist: string) {
  return MEASURED_PAGES.filter((page) => existsSync(path.join(dist, page.path, 'index.html')));
}

type Variant = PageId | 'naive' | 'previous';

/**
 * Every run measures each present page, the naive variant and the previous build in turn, after
 * one warm-up each.
 */
async function measureVariants(
  pageUrls: Map<PageId, string>,
  naiveUrl: string,
  previousUrl: string | null,
) {
  const browser = await launchChromium();
  const runs = new Map<Variant, PageRun[]>();
  const targets: [Variant, string][] = [...pageUrls, ['naive', naiveUrl]];
  if (previousUrl) targets.push(['previous', previousUrl]);
  try {
    for (const [, url] of targets) await measurePage(browser, url, RELEASES);
    for (let run = 0; run < RUNS; run += 1) {
      for (const [id, url] of targets) {
        runs.set(id, [...(runs.get(id) ?? []), await measurePage(browser, url, RELEASES)]);
      }
      process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
  }
  return runs;
}

function updateReadme(markdown: string, section: 'bench' | 'bench-upload' | 'bench-workbook') {
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

/** Elements of each prerendered page in this build and the previous one, JavaScript off. */
async function countElements(currentUrl: string, previousUrl: string | null) {
  const browser = await launchChromium();
  try {
    const counts: PageElements[] = [];
    for (const { file, label } of PRERENDERED_PAGES) {
      const at = (url: string) => prerenderedElements(browser, url + file);
      const previous = previousUrl ? await at(previousUrl) : Number.NaN;
      counts.push({
        label,
        current: await at(currentUrl),
        previous: Number.isNaN(previous) ? null : previous,
      });
    }
    return counts;
  } finally {
    await browser.close();
  }
}

async function measureDataSaver(url: string) {
  const browser = await launchChromium();
  try {
    const bytes: number[] = [];
    for (let run = 0; run < DATA_SAVER_RUNS; run += 1)
      bytes.push(await dataSaverBytes(browser, url));
    return { bytes: summarise(bytes) };
  } finally {
    await browser.close();
  }
}

async function benchPage() {
  const dist = DIST;
  const naiveDir = path.join(ROOT, 'node_modules/.bench/dist-naive');
  build(naiveDir, { TAKEOVER_NAIVE: '1' });
  let previousBuild: PreviousBuild | null = null;
  if (PREVIOUS_COMMIT !== 'none') {
    console.log(`Building the previous build, ${PREVIOUS_COMMIT}, from git…`);
    previousBuild = await buildPrevious(ROOT);
  }
  const present = presentPages(dist);
  for (const page of MEASURED_PAGES.filter((candidate) => !present.includes(candidate))) {
    console.log(`${page.short}: the build has no ${page.path}index.html, so it is not measured.`);
  }
  const prerenderedServer = await serveStatic(dist);
  const naiveServer = await serveStatic(naiveDir);
  const previousServer = previousBuild ? await serveStatic(previousBuild.dist) : null;
  try {
    const pageUrls = new Map(present.map((page) => [page.id, prerenderedServer.url + page.path]));
    const previousName = previousBuild ? ` and the previous build (${previousBuild.commit})` : '';
    console.log(`Measuring ${RUNS} runs of each page, the naive variant${previousName}…`);
    const runs = await measureVariants(pageUrls, naiveServer.url, previousServer?.url ?? null);
    const pages: MeasuredPage[] = [];
    for (const page of MEASURED_PAGES) {
      const url = pageUrls.get(page.id);
      const lighthouse: LighthouseScores[] = [];
      if (url) console.log(`Running Lighthouse ${LIGHTHOUSE_RUNS} times on ${url}…`);
      for (let run = 0; url && run < LIGHTHOUSE_RUNS; run += 1)
        lighthouse.push(await lighthouseScores(url));
      const pageRuns = runs.get(page.id);
      pages.push({ id: page.id, summary: pageRuns ? summariseRuns(pageRuns) : null, lighthouse });
    }
    const naive = summariseRuns(runs.get('naive') ?? []);
    const previousRuns = runs.get('previous');
    const previous =
      previousBuild && previousRuns
        ? { commit: previousBuild.commit, summary: summariseRuns(previousRuns) }
        : undefined;
    console.log('Counting the prerendered pages’ elements, and a page view with a data saver on…');
    const elements = await countElements(prerenderedServer.url, previousServer?.url ?? null);
    const dataSaver = await measureDataSaver(prerenderedServer.url);
    const bytes = await buildBytes(dist);
    const intro = `Measured ${new Date().toISOString().slice(0, 10)} on localhost (the build's precompressed brotli files, as a static host with them sends), headless Chromium, ${RUNS} runs per page and variant after one warm-up; each run shows all ${RELEASES.length} releases once, then the latest figures, and five months of the revision history, then the first again.${previous ? ` The previous build, ${previous.commit}, is built from git in the same run and measured with the same probes.` : ''}`;
    const result = pageReport({ intro, pages, naive, bytes, previous, elements, dataSaver });
    console.log(`\n${result.markdown}\n`);
    writeResults('latest', result.markdown, {
      runs: RUNS,
      pages,
      naive,
      bytes,
      previous,
      elements,
      dataSaver,
      targets: result.targets,
      raw: Object.fromEntries(runs),
    });
    updateReadme(result.markdown, 'bench');
  } finally {
    await prerenderedServer.close();
    await naiveServer.close();
    await previousServer?.close();
    previousBuild?.remove();
  }
}

async function benchUploads() {
  const server = await serveStatic(DIST);
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

async function benchWorkbooks() {
  const server = await serveStatic(DIST);
  try {
    console.log('Uploading the synthetic 100,000-row workbook…');
    const result = await benchWorkbook(ROOT, server.url);
    console.log(`\n${result.markdown}\n`);
    const { markdown, ...figures } = result;
    writeResults('workbook-latest', markdown, figures);
    updateReadme(markdown, 'bench-workbook');
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
  if (process.env.BENCH_DIST) {
    console.log(`Measuring the build in ${DIST} as it is.`);
  } else {
    console.log('Building the page…');
    build(DIST);
  }
  if (ONLY === undefined || ONLY === 'page') await benchPage();
  if (ONLY === undefined || ONLY === 'upload') await benchUploads();
  if (ONLY === undefined || ONLY === 'workbook') await benchWorkbooks();
}

await main();
