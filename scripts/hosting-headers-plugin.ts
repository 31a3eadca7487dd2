import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { headersFile } from './hosting-headers.ts';
import { contentSecurityPolicyFor } from './content-security-policy.ts';
import { listFiles } from './precompress-folder.ts';

/**
 * Writes `_headers` into the build once every other plugin has written its files, since its
 * rules follow the pages and folders that are there. Place it before precompress() (both run
 * sequentially with `order: 'post'`, in plugin order).
 */
export function hostingHeaders(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'takeover-watch-hosting-headers',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const file = headersFile({
          base: config.base,
          policy: contentSecurityPolicyFor(config.base),
          files: await listFiles(outDir),
          assetsDir: config.build.assetsDir,
        });
        await writeFile(path.join(outDir, '_headers'), file);
      },
    },
  };
}
