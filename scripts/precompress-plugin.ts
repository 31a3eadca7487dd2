import path from 'node:path';
import type { Plugin } from 'vite';
import { onFinishedBuild } from './finished-build-plugin.ts';
import { precompressFolder } from './precompress-folder.ts';

const CACHE_DIR = 'node_modules/.cache/precompress';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * Writes .br and .gz beside every text file and wasm of the finished build (the prerendered
 * pages and `_headers` included). Keep it last in the plugin list.
 */
export function precompress(): Plugin {
  return onFinishedBuild('takeover-watch-precompress', async (outDir, config) => {
    const started = performance.now();
    const results = await precompressFolder(outDir, {
      cacheDir: path.resolve(config.root, CACHE_DIR),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    config.logger.info(`precompressed ${results.length} files (.br, .gz) in ${seconds} s`);
    for (const { file, bytes, written } of results.filter((r) => r.file.endsWith('.wasm'))) {
      config.logger.info(
        `  ${file}: ${megabytes(bytes)}, br ${megabytes(written.br ?? bytes)}, gz ${megabytes(written.gz ?? bytes)}`,
      );
    }
  });
}
