import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicyFor } from './content-security-policy.ts';
import { onFinishedBuild } from './finished-build-plugin.ts';
import { headersFile } from './hosting-headers.ts';
import { listFiles } from './precompress-folder.ts';

/**
 * Writes `_headers` into the finished build, since its rules follow the pages and folders that
 * are there. List it before precompress().
 */
export function hostingHeaders(): Plugin {
  return onFinishedBuild('takeover-watch-hosting-headers', async (outDir, config) => {
    const file = headersFile({
      base: config.base,
      policy: contentSecurityPolicyFor(config.base),
      files: await listFiles(outDir),
      assetsDir: config.build.assetsDir,
    });
    await writeFile(path.join(outDir, '_headers'), file);
  });
}
