import type { Plugin } from 'vite';
import { firstFrameScript } from './first-frame-script.ts';
import { languageRedirectScript, scriptHashSource } from './language-redirect-script.ts';
import { themeRestoreScript } from './theme-restore-script.ts';

/**
 * The page may load and connect to nothing but its own origin, and run no inline script but the
 * three the build puts at the top of every page, the theme restore, the language redirect and the
 * first frame's (each allowed by its hash; the redirect's depends on the base path; the naive
 * baseline has the theme restore only). Use this, with the build's base, for a policy sent as an
 * HTTP header too.
 */
export function contentSecurityPolicyFor(base: string): string {
  return [
    "default-src 'self'",
    [
      "script-src 'self' 'wasm-unsafe-eval'",
      scriptHashSource(themeRestoreScript()),
      scriptHashSource(languageRedirectScript(base)),
      scriptHashSource(firstFrameScript()),
    ].join(' '),
    // DuckDB's worker starts from a blob: URL so that it inherits this policy (see db/browser.ts).
    "worker-src 'self' blob:",
    "connect-src 'self'",
    // A chart's PNG is its SVG drawn on a canvas: the page loads that SVG from a blob: URL it made
    // itself (download/png.ts), so no other origin becomes reachable.
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Adds the theme restore, the language redirect and the first frame's script to the page, and the
 * policy to the built page only: Vite's dev server needs inline scripts and a websocket.
 */
export function contentSecurityPolicy(): Plugin {
  let base = '/';
  return {
    name: 'content-security-policy',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: (_, context) => [
      ...(context.server
        ? []
        : [
            {
              tag: 'meta',
              attrs: {
                'http-equiv': 'Content-Security-Policy',
                content: contentSecurityPolicyFor(base),
              },
              injectTo: 'head-prepend' as const,
            },
          ]),
      // The naive build (the benchmark's baseline) has no Japanese page to go to, and draws
      // nothing before its code runs.
      ...(process.env.TAKEOVER_NAIVE
        ? [themeRestoreScript()]
        : [languageRedirectScript(base), themeRestoreScript(), firstFrameScript()]
      ).map((children) => ({ tag: 'script', children, injectTo: 'head' as const })),
    ],
  };
}
