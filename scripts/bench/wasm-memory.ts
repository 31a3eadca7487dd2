import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Worker } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { serveDist } from '../../tests/support/serve-dist';
import { waitForLiveCharts } from '../../tests/support/page-session';
import { numbers, SYNTHETIC_HEADER, syntheticRow } from './synthetic-incidents';

/**
 * How much of DuckDB-wasm's memory an upload takes, for the constants of
 * src/lib/upload/memory-estimate.ts: the production build (dist/, or TAKEOVER_DIST) in headless
 * Chromium loads synthetic incident files, and the DuckDB worker's WebAssembly memory is read
 * before and after. A wasm memory grows and never shrinks, so its size after the load is the
 * load's high-water mark. `npx tsx scripts/bench/wasm-memory.ts [ROWS[:long] …]` (build first);
 * a file the estimate itself refuses cannot be measured this way.
 */

/** The DuckDB worker's WebAssembly memory, through the bindings duckdb-wasm keeps on its global. */
const WASM_BYTES = 'self.DUCKDB_BINDINGS?.mod?.HEAPU8?.buffer.byteLength ?? 0';

/** Synthetic incidents; `padding` lengthens each stock's name, to change the bytes per row. */
async function writeRows(file: string, rows: number, padding: string) {
  const out = createWriteStream(file);
  const next = numbers(20250416);
  let chunk = `${SYNTHETIC_HEADER}\n`;
  for (let index = 1; index <= rows; index += 1) {
    chunk += `${syntheticRow(index, next).replace('SYNTHETIC Stock', `SYNTHETIC Stock${padding}`)}\n`;
    if (chunk.length > 1 << 16 || index === rows) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await once(out, 'finish');
  return (await stat(file)).size;
}

async function wasmBytes(workers: readonly Worker[]) {
  const sizes = await Promise.all(
    workers.map((worker) => worker.evaluate<number>(WASM_BYTES).catch(() => 0)),
  );
  return Math.max(0, ...sizes);
}

async function measure(browser: Browser, url: string, file: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  try {
    await page.goto(url);
    await waitForLiveCharts(page);
    const before = await wasmBytes(workers);
    if (before === 0) throw new Error('the DuckDB worker’s memory could not be read');
    await page.setInputFiles('input[type="file"][data-action="upload"]', file);
    await page.click('[data-action="confirm-upload"]', { timeout: 120_000 });
    await page.waitForSelector('[data-report="upload"] [data-rows-loaded]', { timeout: 900_000 });
    const loaded = await page.getAttribute(
      '[data-report="upload"] [data-rows-loaded]',
      'data-rows-loaded',
    );
    return { before, after: await wasmBytes(workers), rowsLoaded: Number(loaded) };
  } finally {
    await context.close();
  }
}

const PADDING = ' with a longer made-up name to measure memory per byte apart from per row';
/** `ROWS` or `ROWS:long` each; by default three sizes of the same rows and rows of more bytes. */
const asked = process.argv.slice(2).map((shape) => ({
  rows: Number(shape.split(':')[0]),
  padding: shape.endsWith(':long') ? PADDING : '',
}));
const shapes =
  asked.length > 0
    ? asked
    : [
        { rows: 1e6, padding: '' },
        { rows: 1e6, padding: PADDING },
        { rows: 2e6, padding: '' },
        { rows: 4e6, padding: '' },
      ];

const folder = await mkdtemp(path.join(tmpdir(), 'takeover-wasm-memory-'));
const server = await serveDist();
const browser = await launchChromium();
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
try {
  console.log('| rows | file | wasm before | wasm after | growth | per file byte | per row |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { rows, padding } of shapes) {
    const file = path.join(folder, `SYNTHETIC-incidents-${rows}${padding ? '-long' : ''}.csv`);
    const bytes = await writeRows(file, rows, padding);
    const { before, after, rowsLoaded } = await measure(browser, server.url, file);
    await rm(file);
    if (rowsLoaded !== rows) throw new Error(`${rowsLoaded} of ${rows} rows loaded`);
    const growth = after - before;
    console.log(
      `| ${rows.toLocaleString('en')} | ${mib(bytes)} | ${mib(before)} | ${mib(after)} | ${mib(growth)} | ${(growth / bytes).toFixed(2)} | ${(growth / rows).toFixed(0)} |`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(folder, { recursive: true, force: true });
}
