import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the build is: dist/, or `TAKEOVER_DIST` (a build made with `vite build --outDir`). */
const OUT_DIR = path.resolve(ROOT, process.env.TAKEOVER_DIST ?? 'dist');

/** The base path the build was made for (`vite build --base=…`), read from its page's script. */
function builtBase(indexHtml: string): string {
  const script = /<script type="module"[^>]*\ssrc="([^"]*?)assets\//.exec(indexHtml);
  if (!script?.[1]) throw new Error('The built index.html loads no script from assets/');
  return script[1];
}

/**
 * Serves the production build on a free localhost port, under the base path it was built for:
 * `npm test` builds for a sub-path (/takeover-watch/), so the tests' address is
 * http://127.0.0.1:PORT/takeover-watch/.
 */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const indexFile = path.join(OUT_DIR, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(
      `No production build in ${OUT_DIR}: run \`npm run build\` first (\`npm test\` does).`,
    );
  }
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    base: builtBase(readFileSync(indexFile, 'utf8')),
    build: { outDir: OUT_DIR },
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}
