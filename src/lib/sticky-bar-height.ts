import type { Attachment } from 'svelte/attachments';

/**
 * Keeps `--sticky-bar-height` on the document at the bar's height as it wraps or changes, so that
 * the page scrolls a link's target, or a control the reader tabs to, below the bar rather than
 * under it (`scroll-margin-top` on `:target` and `:focus` in app.css). Hidden, the bar is 0 high.
 * Once the height is first known, a page opened at a link to one of its parts shows that part.
 */
export const stickyBarHeight: Attachment<HTMLElement> = (bar) => {
  const root = document.documentElement;
  let measured = false;
  const observer = new ResizeObserver(() => {
    root.style.setProperty('--sticky-bar-height', `${bar.offsetHeight}px`);
    if (measured) return;
    measured = true;
    revealAddressTarget(bar);
  });
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--sticky-bar-height');
  };
};

/** How far from the window's top the browser leaves a link's target (0.5rem), with room to spare. */
const ARRIVAL_SLACK_PX = 32;

/**
 * A page opened at an address with a fragment (a shared link to a chart) was scrolled to its
 * target while it loaded, before the bar's height was known, and the stuck bar now covers it:
 * scroll it again, below the bar. A target the reader has since scrolled away from is left alone.
 */
function revealAddressTarget(bar: HTMLElement): void {
  const target = document.querySelector(':target');
  if (!target || bar.contains(target)) return;
  const barBox = bar.getBoundingClientRect();
  const top = target.getBoundingClientRect().top;
  const stuck = barBox.top <= 0 && barBox.height > 0;
  if (stuck && top >= 0 && top < Math.min(barBox.bottom, ARRIVAL_SLACK_PX)) {
    target.scrollIntoView();
  }
}
