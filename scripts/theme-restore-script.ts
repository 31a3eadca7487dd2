import { THEME_STORAGE_KEY, THEMES } from '../src/lib/theme.ts';

/**
 * The script every page runs inline in its <head>, before anything is drawn: it puts the theme
 * the reader chose (kept by src/lib/theme.ts) on the page, so a reader who chose dark is never
 * shown the light page first while the app's code loads. Storage can be off; the page then
 * follows the system's theme.
 *
 * Written out as text, not compiled from TypeScript, so that its hash in the policy is the same
 * whatever builds or imports it.
 */
export function themeRestoreScript(): string {
  const chosen = THEMES.filter((theme) => theme !== 'system');
  return String.raw`(function () {
  var theme;
  try {
    theme = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
  } catch (error) {
    return;
  }
  if (${JSON.stringify(chosen)}.indexOf(theme) !== -1) document.documentElement.dataset.theme = theme;
})();`;
}
