import { svelte } from '@sveltejs/vite-plugin-svelte';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { basePathOf } from './scripts/base-path.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { datapackage } from './scripts/datapackage-plugin.ts';
import { hostingHeaders } from './scripts/hosting-headers-plugin.ts';
import { precompress } from './scripts/precompress-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';

const lib = fileURLToPath(new URL('./src/lib', import.meta.url));
const views = fileURLToPath(new URL('./src/views', import.meta.url));
const wasmBytes = (bundle: 'eh' | 'mvp') =>
  statSync(createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/duckdb-${bundle}.wasm`))
    .size;

/** BASE_PATH (for CI) serves the site from a sub-path; `vite build --base=…` overrides it. */
const base = process.env.BASE_PATH
  ? basePathOf(process.env.BASE_PATH.replace(/^\/*/, '/'))
  : undefined;

export default defineConfig({
  ...(base ? { base } : {}),
  // hostingHeaders and precompress run after the others' closeBundle ('post'), in this order.
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    datapackage(),
    prerender(),
    hostingHeaders(),
    precompress(),
  ],
  resolve: { alias: { $lib: lib, $views: views } },
  // The progress bar's total: servers send the wasm compressed, so its Content-Length is not it.
  define: { __DUCKDB_WASM_BYTES__: JSON.stringify({ eh: wasmBytes('eh'), mvp: wasmBytes('mvp') }) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // One stylesheet, inlined into the prerendered page: the app's code arrives after the first
    // paint, and its components' styles must not arrive with it.
    cssCodeSplit: false,
    // Data files stay files: inlined as data: URLs they would break the connect-src 'self' policy.
    assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined),
  },
  worker: { format: 'es' },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/queries/**/*.test.ts',
            'tests/svg/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
          // Opening DuckDB over data/ once per file; slow on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        // Svelte's own exports (flushSync, $effect.root's runtime) from its browser build too.
        resolve: { conditions: ['browser'] },
        test: {
          // The page model's reactivity, with Svelte's client runtime (which tracks dependencies).
          name: 'runes',
          include: ['tests/runes/**/*.test.ts'],
          environment: './tests/support/runes-environment.ts',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/serve-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The core reader flows once per engine: Chromium, Firefox ESR, WebKitGTK.
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/serve-build.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
