import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, compress, runLimited, shouldPrecompress } from '../../scripts/precompress';
import { precompressFolder } from '../../scripts/precompress-folder';

/** Text that compresses well, of about `bytes` bytes. */
const text = (bytes: number) => 'fraudulent_trades,2025-04,2987\n'.repeat(Math.ceil(bytes / 30));
/** Bytes no compressor can shrink (a fixed pseudo-random sequence). */
function noise(bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  let state = 2463534242;
  for (let index = 0; index < bytes; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    buffer[index] = state & 0xff;
  }
  return buffer;
}

describe('shouldPrecompress', () => {
  it('takes text assets and wasm of at least 1 KB, and nothing else', () => {
    for (const file of ['index.html', 'ja/chart/brokers/index.html', 'assets/a.js', 'a.css'])
      expect(shouldPrecompress(file, MIN_BYTES)).toBe(true);
    for (const file of ['datapackage.json', 'x.svg', 'd.csv', 'r.txt', 's.xml', 'm.webmanifest'])
      expect(shouldPrecompress(file, 5000)).toBe(true);
    expect(shouldPrecompress('assets/a.js.map', 5000)).toBe(true);
    expect(shouldPrecompress('assets/duckdb-eh-9ubY.wasm', 34_000_000)).toBe(true);
    expect(shouldPrecompress('index.html', MIN_BYTES - 1)).toBe(false);
    for (const file of ['cards/brokers.png', 'a.woff2', 'index.html.br', 'a.js.gz', '_headers'])
      expect(shouldPrecompress(file, 50_000)).toBe(false);
  });
});

describe('compress', () => {
  it('round-trips through brotli and gzip, smaller than the input', async () => {
    const bytes = Buffer.from(text(20_000));
    const br = await compress('a.csv', bytes, 'br');
    const gz = await compress('a.csv', bytes, 'gz');
    expect(brotliDecompressSync(br).equals(bytes)).toBe(true);
    expect(gunzipSync(gz).equals(bytes)).toBe(true);
    expect(br.length).toBeLessThan(bytes.length / 10);
    expect(gz.length).toBeLessThan(bytes.length / 10);
  });

  it('round-trips binary wasm-like bytes too', async () => {
    const bytes = Buffer.concat([noise(3000), Buffer.alloc(3000, 7)]);
    expect(brotliDecompressSync(await compress('x.wasm', bytes, 'br')).equals(bytes)).toBe(true);
  });
});

describe('runLimited', () => {
  it('runs every job, never more at once than the limit, and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const jobs = Array.from({ length: 9 }, (_, index) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return index * 2;
    });
    expect(await runLimited(jobs, 2)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect(most).toBe(2);
  });
});

describe('precompressFolder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'precompress-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes .br and .gz beside large text files, in subfolders too, and skips the rest', async () => {
    await mkdir(path.join(dir, 'ja/chart/brokers'), { recursive: true });
    await mkdir(path.join(dir, 'cards'));
    const page = Buffer.from(`<!doctype html>${text(8000)}`);
    await writeFile(path.join(dir, 'index.html'), page);
    await writeFile(path.join(dir, 'ja/chart/brokers/index.html'), page);
    await writeFile(path.join(dir, 'favicon.svg'), '<svg/>');
    await writeFile(path.join(dir, 'cards/brokers.png'), noise(4000));
    await writeFile(path.join(dir, 'noise.js'), noise(4000));
    await writeFile(path.join(dir, '_headers'), text(4000));

    const results = await precompressFolder(dir, { parallel: 2 });

    expect(results.map((result) => result.file).sort()).toEqual([
      'index.html',
      'ja/chart/brokers/index.html',
      'noise.js',
    ]);
    for (const file of ['index.html', 'ja/chart/brokers/index.html']) {
      const br = await readFile(path.join(dir, `${file}.br`));
      const gz = await readFile(path.join(dir, `${file}.gz`));
      expect(brotliDecompressSync(br).equals(page)).toBe(true);
      expect(gunzipSync(gz).equals(page)).toBe(true);
      expect(results.find((result) => result.file === file)?.written).toEqual({
        br: br.length,
        gz: gz.length,
      });
    }
    // Random bytes do not get smaller, so no compressed form of them is written.
    expect(results.find((result) => result.file === 'noise.js')?.written).toEqual({});
    expect((await readdir(dir)).sort()).toEqual([
      '_headers',
      'cards',
      'favicon.svg',
      'index.html',
      'index.html.br',
      'index.html.gz',
      'ja',
      'noise.js',
    ]);
    expect(await readdir(path.join(dir, 'cards'))).toEqual(['brokers.png']);
  });

  it('takes large files from the cache when their content was compressed before', async () => {
    const cacheDir = path.join(dir, '.cache');
    const site = path.join(dir, 'site');
    await mkdir(site);
    const big = Buffer.from(text(600 * 1024));
    await writeFile(path.join(site, 'big.wasm'), big);
    await precompressFolder(site, { cacheDir });
    const cached = (await readdir(cacheDir)).sort();
    expect(cached.map((name) => path.extname(name))).toEqual(['.br', '.gz']);
    // A cached form is what gets written: plant a marker in it and compress again.
    const marker = Buffer.from('from the cache');
    await writeFile(path.join(cacheDir, cached[0] as string), marker);
    await rm(path.join(site, 'big.wasm.br'));
    await precompressFolder(site, { cacheDir });
    expect((await readFile(path.join(site, 'big.wasm.br'))).equals(marker)).toBe(true);
  });
});
