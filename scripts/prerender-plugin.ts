import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { Prerendered, PrerenderedPage } from '../src/entry-server.ts';
import { escapeMarkup } from '../src/lib/escape-markup.ts';
import { basePathOf } from './base-path.ts';
import { rasteriseShareCard } from './share-card/rasterise.ts';

const SSR_OUT = 'node_modules/.prerender';
const APP_ROOT = '<div id="app"></div>';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g;
/** index.html's own title and description, for `vite dev`; each built page gets its own. */
const TEMPLATE_HEAD = [/<title>[\s\S]*?<\/title>\s*/, /<meta\s+name="description"[\s\S]*?\/>\s*/];

/** Puts the (small) stylesheet into the page, so the first paint waits for no other request. */
async function inlineStylesheets(html: string, outDir: string, basePath: string): Promise<string> {
  let result = html;
  for (const [tag, href = ''] of html.matchAll(STYLESHEET)) {
    const file = new URL(href, 'http://localhost').pathname;
    if (!file.startsWith(basePath)) throw new Error(`${href} is not under the base ${basePath}`);
    const css = await readFile(path.join(outDir, file.slice(basePath.length)), 'utf8');
    result = result.replace(tag, () => `<style>${css}</style>`);
  }
  return result;
}

/** One page: the built index.html with the page's language, head, markup and query results. */
function fillTemplate(template: string, page: PrerenderedPage, snapshotJson: string): string {
  const attributes = Object.entries(page.htmlAttributes)
    .map(([name, value]) => ` ${name}="${escapeMarkup(value)}"`)
    .join('');
  let html = template.replace(/<html[^>]*>/, () => `<html${attributes}>`);
  for (const tag of TEMPLATE_HEAD) html = html.replace(tag, '');
  return html
    .replace('</head>', () => `  ${page.head}\n  </head>`)
    .replace(APP_ROOT, () => `<div id="app">${page.body}</div>`)
    .replace(
      '</body>',
      () => `<script type="application/json" id="snapshot">${snapshotJson}</script></body>`,
    );
}

interface PrerenderModule {
  prerender(dataDir: string, site: { base: string; siteUrl: string | null }): Promise<Prerendered>;
}

/**
 * SITE_URL, the site's public address, with the trailing slash that makes it a folder. It must
 * be where the base puts the site, or every canonical, hreflang and card address would be wrong.
 */
function siteUrl(base: string): string | null {
  const value = process.env.SITE_URL?.trim();
  if (!value) {
    console.warn(
      'SITE_URL is not set: the pages name their share cards and each other by path, which link previews on other sites do not follow. Set SITE_URL to the public address to publish.',
    );
    return null;
  }
  const url = new URL(value.endsWith('/') ? value : `${value}/`);
  if (url.pathname !== basePathOf(base))
    throw new Error(`SITE_URL ${url.href} is not served at the base ${basePathOf(base)}.`);
  return url.href;
}

/**
 * After the client build, builds src/entry-server.ts for Node (in production mode, so its markup
 * and scoped class names match the client bundle), runs it over data/ and writes every page it
 * renders (the dashboard at the root and at ja/, each chart at chart/ID/ and ja/chart/ID/) with
 * their query results, and each page's share card as a PNG under cards/. TAKEOVER_NAIVE=1 skips it: the page then waits for DuckDB before drawing
 * (the benchmark's baseline).
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
      const ssrDir = path.resolve(config.root, SSR_OUT);
      await build({
        root: config.root,
        configFile: config.configFile,
        mode: config.mode,
        base: config.base,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true },
      });
      const entry = pathToFileURL(path.join(ssrDir, 'entry-server.js')).href;
      const { prerender: render } = (await import(entry)) as PrerenderModule;
      const site = { base: config.base, siteUrl: siteUrl(config.base) };
      const { pages, snapshotJson } = await render(path.resolve(config.root, 'data'), site);
      const outDir = path.resolve(config.root, config.build.outDir);
      const indexFile = path.join(outDir, 'index.html');
      const template = await inlineStylesheets(
        await readFile(indexFile, 'utf8'),
        outDir,
        basePathOf(config.base),
      );
      if (!template.includes(APP_ROOT)) throw new Error(`index.html has no ${APP_ROOT} to fill`);
      for (const page of pages) {
        const file = path.join(outDir, page.file);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, fillTemplate(template, page, snapshotJson));
        const card = path.join(outDir, page.cardFile);
        await mkdir(path.dirname(card), { recursive: true });
        await writeFile(card, await rasteriseShareCard(page.cardSvg));
      }
      await rm(ssrDir, { recursive: true, force: true });
    },
  };
}
