/**
 * Where a reader goes before the page paints, or null to stay. An English page whose address says
 * `lang=ja`, or names no language while the browser's first language is Japanese, goes to its
 * Japanese twin (dropping `lang`); a Japanese page whose address says `lang=en` goes to its
 * English twin, keeping `lang=en` so that a Japanese browser is not sent back.
 *
 * Self-contained and in plain ES2017 on purpose: the build inlines this function's source into
 * every page as a script allowed by its hash (scripts/language-redirect-script.ts), so that it
 * runs before anything is drawn; `vite dev` calls it from main.ts.
 */
export function languageRedirect(
  basePath: string,
  address: { pathname: string; search: string; hash: string },
  browserLanguage: string,
): string | null {
  if (address.pathname.indexOf(basePath) !== 0) return null;
  const rest = address.pathname.slice(basePath.length);
  const params = new URLSearchParams(address.search);
  const named = params.get('lang');
  let target;
  if (rest === 'ja' || rest.indexOf('ja/') === 0) {
    if (named !== 'en') return null;
    target = basePath + rest.replace(/^ja\/?/, '');
  } else {
    const wantsJapanese = named === null ? /^ja(-|$)/i.test(browserLanguage) : named === 'ja';
    if (!wantsJapanese) return null;
    params.delete('lang');
    target = basePath + 'ja/' + rest;
  }
  const search = params.toString();
  return target + (search ? '?' + search : '') + address.hash;
}
