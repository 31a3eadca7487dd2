import { createHash } from 'node:crypto';
import { languageRedirect } from '../src/lib/pages/language-redirect.ts';

/** The path part of Vite's base ('/takeover-watch/' or 'https://cdn.example/x/' → '/x/'). */
export function basePathOf(base: string): string {
  if (!base.startsWith('/') && !/^https?:\/\//.test(base))
    throw new Error(
      `The base must be a path from the site's root (like /takeover-watch/), not "${base}".`,
    );
  return new URL(base, 'http://localhost').pathname;
}

/**
 * The script each page runs first, inline in its <head>: it sends a reader to the page in their
 * language before anything is drawn (see languageRedirect), hiding the page meanwhile.
 */
export function languageRedirectScript(base: string): string {
  const redirect = languageRedirect.toString();
  const browserLanguage =
    '(navigator.languages && navigator.languages[0]) || navigator.language || ""';
  return (
    `(function () { var to = (${redirect})(${JSON.stringify(basePathOf(base))}, location, ${browserLanguage}); ` +
    'if (to) { document.documentElement.style.display = "none"; location.replace(to); } })();'
  );
}

/** A Content-Security-Policy source that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
