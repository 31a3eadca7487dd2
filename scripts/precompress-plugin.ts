import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precompressFolder } from './precompress-folder.ts';

const CACHE_DIR = 'node_modules/.cache/precompress';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/**
 * Writes .br and .gz beside every text file and wasm of the build, once every other plugin has
 * written its files (the prerendered pages included): a sequential closeBundle with
 * `order: 'post'` starts once every plain one has finished, wherever the plugin is listed. Among
 * 'post' hooks the plugin list decides, so keep this one last.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'takeover-watch-precompress',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const started = performance.now();
        const results = await precompressFolder(path.resolve(config.root, config.build.outDir), {
          cacheDir: path.resolve(config.root, CACHE_DIR),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(`precompressed ${results.length} files (.br, .gz) in ${seconds} s`);
        for (const { file, bytes, written } of results.filter((r) => r.file.endsWith('.wasm'))) {
          config.logger.info(
            `  ${file}: ${megabytes(bytes)}, br ${megabytes(written.br ?? bytes)}, gz ${megabytes(written.gz ?? bytes)}`,
          );
        }
      },
    },
  };
}
