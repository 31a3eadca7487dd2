import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

const SSR_OUT = 'node_modules/.prerender';
const APP_ROOT = '<div id="app"></div>';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;

/** Puts the (small) stylesheet into the page, so the first paint waits for no other request. */
async function inlineStylesheets(html: string, outDir: string): Promise<string> {
  let result = html;
  for (const [tag, href] of html.matchAll(STYLESHEET)) {
    const css = await readFile(path.join(outDir, href ?? ''), 'utf8');
    result = result.replace(tag, () => `<style>${css}</style>`);
  }
  return result;
}

interface PrerenderModule {
  prerender(dataDir: string): Promise<{ body: string; head: string; snapshotJson: string }>;
}

/**
 * After the client build, builds src/entry-server.ts for Node (in production mode, so its markup
 * and scoped class names match the client bundle), runs it over data/ and writes the rendered page
 * and its query results into dist/index.html. TAKEOVER_NAIVE=1 skips it: the page then waits for
 * DuckDB before drawing (the benchmark's baseline).
 */
export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'takeover-watch-prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild && !process.env.TAKEOVER_NAIVE,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, SSR_OUT);
      await build({
        root: config.root,
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.ts', outDir, emptyOutDir: true },
      });
      const entry = pathToFileURL(path.join(outDir, 'entry-server.js')).href;
      const { prerender: render } = (await import(entry)) as PrerenderModule;
      const page = await render(path.resolve(config.root, 'data'));
      const indexFile = path.resolve(config.root, config.build.outDir, 'index.html');
      const html = await inlineStylesheets(
        await readFile(indexFile, 'utf8'),
        path.dirname(indexFile),
      );
      if (!html.includes(APP_ROOT)) throw new Error(`index.html has no ${APP_ROOT} to fill`);
      const filled = html
        .replace('</head>', () => `${page.head}</head>`)
        .replace(APP_ROOT, () => `<div id="app">${page.body}</div>`)
        .replace(
          '</body>',
          () =>
            `<script type="application/json" id="snapshot">${page.snapshotJson}</script></body>`,
        );
      await writeFile(indexFile, filled);
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
