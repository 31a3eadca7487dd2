import { HEIGHT_MESSAGE } from './embed-snippet';

/**
 * Marks `<html data-embed>` before the app starts when the address asks for an embed, so the
 * prerendered page does not flash its header and other charts inside someone's iframe. The app
 * checks the chart's id and takes the mark off again if there is no such chart.
 */
export function markEmbed(): void {
  const id = new URLSearchParams(window.location.search).get('embed');
  if (id && /^[a-z-]{1,40}$/.test(id)) document.documentElement.dataset.embed = id;
}

/** Tells the embedding page how tall the chart is, now and whenever it changes. */
export function postHeight(id: string, element: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(
      element.getBoundingClientRect().bottom +
        window.scrollY +
        parseFloat(style.paddingBottom) +
        parseFloat(style.marginBottom),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, id, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  window.addEventListener('load', post);
  return () => {
    observer.disconnect();
    window.removeEventListener('load', post);
  };
}
