import { basePathOf } from './base-path.ts';
/** What the `_headers` file is written from: the build's base, its policy and its files. */
export interface BuiltSite {
  /** Vite's base: '/', '/takeover-watch/', a full URL, or a relative './'. */
  base: string;
  /** The pages' Content-Security-Policy (contentSecurityPolicyFor of the same base). */
  policy: string;
  /** Every file of the output, as paths inside it with forward slashes. */
  files: readonly string[];
  /** The folder of content-hashed files (Vite's build.assetsDir, 'assets'). */
  assetsDir: string;
}

export const LONG_CACHE = 'public, max-age=31536000, immutable';
/** Stored, but asked again (a 304 when unchanged) before each use. */
export const REVALIDATE = 'no-cache';

/** Files the host serves in another file's stead, or reads itself: no rule of their own. */
const NOT_SERVED = /(^_headers$|^_redirects$|\.(br|gz)$)/;

function rule(path: string, headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [path, ...lines].join('\n');
}

/**
 * A `_headers` file (Netlify and Cloudflare Pages). Both apply every rule whose path matches,
 * and Cloudflare joins repeated headers with commas, so no two matching rules set the same
 * header: the security headers go on everything, and each path gets exactly one Cache-Control,
 * from a rule per top-level entry of the build (content-hashed assets for a year, the rest
 * revalidated).
 *
 * No frame-ancestors (it cannot go in the pages' meta tag, and here it would stop what "Embed"
 * offers: other sites framing a chart). The pages change nothing on anyone's behalf (no login,
 * no forms sent anywhere), so there is nothing to click-jack.
 */
export function headersFile({ base, policy, files, assetsDir }: BuiltSite): string {
  const basePath = basePathOf(base);
  const served = files.filter((file) => !NOT_SERVED.test(file));
  const topLevel = [...new Set(served.map((file) => file.split('/')[0] as string))]
    .filter((entry) => entry !== assetsDir)
    .sort();
  const revalidated = topLevel.flatMap((entry) => {
    if (served.includes(entry)) return entry === 'index.html' ? ['', entry] : [entry];
    return [`${entry}/*`];
  });
  const wasm = served.filter((file) => file.endsWith('.wasm')).sort();
  return [
    `# Written by the build (scripts/hosting-headers.ts) for Netlify and Cloudflare Pages.`,
    '',
    rule(`${basePath}*`, {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    }),
    '',
    rule(`${basePath}${assetsDir}/*`, { 'Cache-Control': LONG_CACHE }),
    '',
    ...revalidated.flatMap((path) => [
      rule(`${basePath}${path}`, { 'Cache-Control': REVALIDATE }),
      '',
    ]),
    ...wasm.flatMap((file) => [
      rule(`${basePath}${file}`, { 'Content-Type': 'application/wasm' }),
      '',
    ]),
  ].join('\n');
}
