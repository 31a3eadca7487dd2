import { createHash } from 'node:crypto';
import { basePathOf } from './base-path.ts';

/**
 * The script every page runs first, inline in its <head>, before anything is drawn. An English
 * page whose address says `lang=ja`, or names no language while the browser's first language is
 * Japanese, goes to its Japanese twin (dropping `lang`); a Japanese page whose address says
 * `lang=en` goes to its English twin, keeping `lang=en` so that a Japanese browser is not sent
 * back. The page is hidden while it goes, so no English is painted first. Only the site's own
 * page paths are recognised, so the address it goes to is always one of them, under the base.
 *
 * Written out as text, not compiled from TypeScript, so that its hash in the policy is the same
 * whatever builds or imports it.
 */
export function languageRedirectScript(base: string): string {
  return String.raw`(function () {
  var base = ${JSON.stringify(basePathOf(base))};
  var path = location.pathname;
  if (path.indexOf(base) !== 0) return;
  var page = /^(ja(?:\/|$))?((?:chart\/[a-z-]+\/)?)(?:index\.html)?$/.exec(path.slice(base.length));
  if (!page) return;
  var params = new URLSearchParams(location.search);
  var named = params.get('lang');
  var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  var target;
  if (page[1] !== undefined) {
    if (named !== 'en') return;
    target = base + page[2];
  } else {
    if (named === null ? !/^ja(-|$)/i.test(first) : named !== 'ja') return;
    params.delete('lang');
    target = base + 'ja/' + page[2];
  }
  var search = params.toString();
  document.documentElement.style.display = 'none';
  location.replace(target + (search ? '?' + search : '') + location.hash);
})();`;
}

/** A Content-Security-Policy source that allows exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
