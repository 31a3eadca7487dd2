/**
 * Runs in the page: scrolls the element into view, clear of the sticky bar at the top, until the
 * sections drawn on the way (the page draws them only near the viewport, content-visibility: auto)
 * have taken their height and it stays put. A driver's click then lands on it: WebKit's finds an
 * element not yet drawn not interactable, and Firefox's clicks where the element was before the
 * sections above it took their height.
 */
export function scrollUntilSettled(element: Element): Promise<void> {
  return new Promise((resolve) => {
    let top = Number.NaN;
    let frames = 0;
    const settle = () => {
      element.scrollIntoView({ block: 'end' });
      const now = element.getBoundingClientRect().top;
      frames += 1;
      if (now === top || frames > 30) {
        resolve();
        return;
      }
      top = now;
      requestAnimationFrame(settle);
    };
    settle();
  });
}
