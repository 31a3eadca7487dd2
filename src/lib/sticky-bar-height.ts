import type { Attachment } from 'svelte/attachments';

/**
 * Keeps `--sticky-bar-height` on the document at the bar's height as it wraps or changes, so that
 * the page scrolls a link's target, or a control the reader tabs to, below the bar rather than
 * under it (`scroll-margin-top` in app.css). Hidden, the bar is 0 high.
 */
export const stickyBarHeight: Attachment<HTMLElement> = (bar) => {
  const root = document.documentElement;
  let measured = false;
  const observer = new ResizeObserver(() => {
    root.style.setProperty('--sticky-bar-height', `${bar.offsetHeight}px`);
    if (!measured) revealAddressTarget(bar);
    measured = true;
  });
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--sticky-bar-height');
  };
};

/**
 * A page opened at an address with a fragment (a shared link to a chart) was scrolled to its
 * target while it loaded, before the bar's height was known: if the stuck bar now covers the
 * target, scroll it below the bar. A target the reader has scrolled away from is left alone.
 */
function revealAddressTarget(bar: HTMLElement): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const barBox = bar.getBoundingClientRect();
  const top = target.getBoundingClientRect().top;
  const stuck = barBox.top <= 0 && barBox.height > 0;
  if (stuck && top >= 0 && top < barBox.bottom) target.scrollIntoView();
}
