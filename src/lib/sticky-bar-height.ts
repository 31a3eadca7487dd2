import type { Attachment } from 'svelte/attachments';

/**
 * Keeps `--sticky-bar-height` on the document at the bar's height as it wraps or changes, so that
 * the page scrolls a link's target, or a control the reader tabs to, below the bar rather than
 * under it (`scroll-margin-top` in app.css). Hidden, the bar is 0 high.
 */
export const stickyBarHeight: Attachment<HTMLElement> = (bar) => {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => {
    root.style.setProperty('--sticky-bar-height', `${bar.offsetHeight}px`);
  });
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.style.removeProperty('--sticky-bar-height');
  };
};
