/** Set on the page's root until its first frame is drawn; app.css holds back what follows then. */
export const FIRST_FRAME = 'data-first-frame';

/**
 * The script every page runs inline in its <head>: a dashboard opened at its top lays out and
 * paints its first screen in the first frame, and the sections after the first chart in the frame
 * after. The browser otherwise lays out, for that first frame, every section within one and a
 * half screens below the window (the amounts and the brokers at 1280×900), which delayed the first
 * chart by 15–35 ms here. A chart's own page, an embed, a link to a place in the page, and a reload
 * or a step back or forward (which put the reader where they were) are drawn whole from the first
 * frame, as is every page without scripts.
 *
 * Written out as text, not compiled from TypeScript, so that its hash in the policy is the same
 * whatever builds or imports it.
 */
export function firstFrameScript(): string {
  return String.raw`(function () {
  var root = document.documentElement;
  var navigation = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  if (
    root.hasAttribute('data-embed') ||
    /[?&]embed=/.test(location.search) ||
    location.hash ||
    (navigation && navigation.type !== 'navigate')
  ) {
    return;
  }
  root.setAttribute(${JSON.stringify(FIRST_FRAME)}, '');
  requestAnimationFrame(function () {
    setTimeout(function () {
      root.removeAttribute(${JSON.stringify(FIRST_FRAME)});
    });
  });
})();`;
}
