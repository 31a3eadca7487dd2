import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor } from '../../scripts/content-security-policy';
import { listFiles } from '../../scripts/precompress-folder';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build the browser tests serve (see tests/support/serve-dist.ts). */
const OUT_DIR = path.resolve(ROOT, process.env.TAKEOVER_DIST ?? 'dist');
const assets = readdirSync(path.join(OUT_DIR, 'assets'));

/** Checks that NAME.br and NAME.gz exist and decompress to NAME's bytes. */
function expectPrecompressed(file: string) {
  const bytes = readFileSync(path.join(OUT_DIR, file));
  const br = readFileSync(path.join(OUT_DIR, `${file}.br`));
  const gz = readFileSync(path.join(OUT_DIR, `${file}.gz`));
  expect(brotliDecompressSync(br).equals(bytes), `${file}.br`).toBe(true);
  expect(gunzipSync(gz).equals(bytes), `${file}.gz`).toBe(true);
  expect(br.length).toBeLessThan(gz.length);
  expect(gz.length).toBeLessThan(bytes.length);
}

describe('the production build for static hosts', () => {
  it('has every page precompressed, as written last: with its prerendered markup', async () => {
    const pages = (await listFiles(OUT_DIR)).filter((file) => file.endsWith('index.html'));
    expect(pages).toContain('index.html');
    for (const page of pages) expectPrecompressed(page);
    const root = brotliDecompressSync(readFileSync(path.join(OUT_DIR, 'index.html.br')));
    expect(root.toString('utf8')).toContain('<script type="application/json" id="snapshot">');
    expect(root.toString('utf8')).toMatch(/<figure[^>]+data-chart="monthly-counts"/);
  });

  it('has the scripts and both DuckDB wasm files precompressed', () => {
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const wasm = assets.filter((name) => name.endsWith('.wasm'));
    expect(scripts.some((name) => name.startsWith('start-app-'))).toBe(true);
    expect(wasm).toHaveLength(2);
    expect(wasm.some((name) => name.startsWith('duckdb-eh-'))).toBe(true);
    expect(wasm.some((name) => name.startsWith('duckdb-mvp-'))).toBe(true);
    for (const name of [...scripts, ...wasm]) {
      const bytes = readFileSync(path.join(OUT_DIR, 'assets', name)).length;
      if (bytes >= 1024) expectPrecompressed(`assets/${name}`);
      else expect(existsSync(path.join(OUT_DIR, 'assets', `${name}.br`))).toBe(false);
    }
  });

  it('has a _headers file with the pages’ policy and the wasm files typed', () => {
    const headers = readFileSync(path.join(OUT_DIR, '_headers'), 'utf8');
    const basePath = /^(\/\S*)\*$/m.exec(headers)?.[1] ?? '';
    expect(basePath).toMatch(/^\/(.+\/)?$/);
    expect(headers).toContain(`  Content-Security-Policy: ${contentSecurityPolicyFor(basePath)}\n`);
    expect(headers).toContain(`${basePath}assets/*\n  Cache-Control: public, max-age=31536000`);
    for (const name of assets.filter((file) => file.endsWith('.wasm')))
      expect(headers).toContain(`${basePath}assets/${name}\n  Content-Type: application/wasm`);
  });
});
