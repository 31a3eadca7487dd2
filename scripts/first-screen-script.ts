/** Set on the page's root while its first frame is drawn; app.css holds back what is below. */
export const FIRST_SCREEN_ONLY = 'data-first-screen-only';

/**
 * The script every page runs inline in its <head>: the page's first frame lays out and paints the
 * first screen only, and what is below it is drawn in the frame after. The browser otherwise lays
 * out, for that first frame, every section within one and a half screens below the window (the
 * amounts and the brokers at 1280×900), which delayed the first chart by 15–35 ms here, most on
 * the Japanese page. Without scripts nothing is held back.
 *
 * Written out as text, not compiled from TypeScript, so that its hash in the policy is the same
 * whatever builds or imports it.
 */
export function firstScreenScript(): string {
  return String.raw`(function () {
  var root = document.documentElement;
  root.setAttribute(${JSON.stringify(FIRST_SCREEN_ONLY)}, '');
  requestAnimationFrame(function () {
    setTimeout(function () {
      root.removeAttribute(${JSON.stringify(FIRST_SCREEN_ONLY)});
    });
  });
})();`;
}
