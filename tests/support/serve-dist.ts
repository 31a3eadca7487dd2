import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the build is: dist/, or `TAKEOVER_DIST` (a build made with `vite build --outDir`). */
const OUT_DIR = path.resolve(ROOT, process.env.TAKEOVER_DIST ?? 'dist');

/** Serves the production build on a free localhost port. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error(
      `No production build in ${OUT_DIR}: run \`npm run build\` first (\`npm test\` does).`,
    );
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    build: { outDir: OUT_DIR },
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}
