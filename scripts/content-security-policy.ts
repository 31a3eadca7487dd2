import type { Plugin } from 'vite';

/** The page may load and connect to nothing but its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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

/** Adds the policy to the built page only: Vite's dev server needs inline scripts and a websocket. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
