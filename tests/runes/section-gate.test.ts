import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gatedSection } from './gated-section.svelte';

/** The browser as far as a gate uses it: one observed box, frames, and printing. */
function fakeBrowser() {
  const windowEvents = new EventTarget();
  let observed: ((entries: { isIntersecting: boolean }[]) => void) | null = null;
  let frames: (() => void)[] = [];
  vi.stubGlobal('window', windowEvents);
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        this.callback = callback;
      }
      callback: (entries: { isIntersecting: boolean }[]) => void;
      observe() {
        observed = this.callback;
      }
      disconnect() {
        observed = null;
      }
    },
  );
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  return {
    /** Frames asked for and not painted yet. */
    waitingFrames: () => frames.length,
    /** The section comes within a screen of the viewport, or leaves it. */
    near(isNear: boolean) {
      observed?.([{ isIntersecting: isNear }]);
      flushSync();
    },
    /** The browser paints a frame, then runs the tasks queued after it. */
    async paint() {
      const due = frames;
      frames = [];
      for (const frame of due) frame();
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
    print() {
      windowEvents.dispatchEvent(new Event('beforeprint'));
    },
  };
}

describe('a section off screen', () => {
  let browser: ReturnType<typeof fakeBrowser>;
  let stop = () => {};
  beforeEach(() => {
    browser = fakeBrowser();
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  /** A section that went far from the screen, and a change it has not drawn. */
  function heldBack() {
    const section = gatedSection();
    stop = section.stop;
    browser.near(false);
    section.source.release = '2025-04-18';
    flushSync();
    return section;
  }

  it('follows a change at once while it is near the screen', () => {
    const section = gatedSection();
    stop = section.stop;
    section.source.release = '2025-04-18';
    flushSync();
    expect(section.drawn).toEqual(['latest', '2025-04-18']);
    expect(section.section.dataset.behind).toBeUndefined();
  });

  it('draws a change after the next frame, and says it lags until then', async () => {
    const section = heldBack();
    expect(section.drawn).toEqual(['latest']);
    expect(section.section.dataset.behind).toBe('true');
    await browser.paint();
    expect(section.drawn).toEqual(['latest', '2025-04-18']);
    expect(section.section.dataset.behind).toBeUndefined();
  });

  it('draws what it held back as soon as it comes near', () => {
    const section = heldBack();
    browser.near(true);
    expect(section.drawn).toEqual(['latest', '2025-04-18']);
  });

  it('draws everything held back before it is printed', () => {
    const section = heldBack();
    browser.print();
    expect(section.drawn).toEqual(['latest', '2025-04-18']);
  });

  it('gives the latest of a value nothing draws once it caught up', async () => {
    const section = gatedSection();
    stop = section.stop;
    expect(section.gate.values.unread).toBe(1);
    browser.near(false);
    section.source.unread = 2;
    section.source.release = '2025-04-18';
    flushSync();
    await browser.paint();
    expect(section.gate.values.unread).toBe(2);
  });

  it('catches up once, even with a value made afresh on every read', async () => {
    const section = heldBack();
    await browser.paint();
    expect(section.drawn).toEqual(['latest', '2025-04-18']);
    expect(section.section.dataset.behind).toBeUndefined();
    expect(browser.waitingFrames()).toBe(0);
  });
});
