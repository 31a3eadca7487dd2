import { flushSync } from 'svelte';
import { hydrateSoon, type HydrationJob } from './hydration-queue';

type Reads = Record<string, () => unknown>;

/** The values a section is drawn from, as it last drew them. */
export type HeldValues<R extends Reads> = { readonly [K in keyof R]: ReturnType<R[K]> };

/** What LazySection needs of a gate: to know where its section is once the page drew it. */
export interface WatchedSection {
  /** Follows whether the section is near the screen; returns what stops following it. */
  watch(section: HTMLElement): () => void;
}

/**
 * What one section of the page is drawn from, held back while the section is far from the screen.
 * A change of release or months redraws the sections on screen or within a screen of it at once;
 * those further away redraw after that frame is painted, one per task (the hydration queue), so
 * that the reader's next frame does not wait for charts they cannot reach yet. A section coming
 * near, or printed, draws the latest values first. While it lags, its wrapper has `data-behind`.
 * A value read only by a handler is the latest once its section caught up: a reader acts on a
 * section near the screen.
 */
export class SectionGate<R extends Reads> implements WatchedSection {
  readonly values: HeldValues<R>;
  /** Within a screen of the viewport, or not followed yet: follows every change at once. */
  #near = $state(true);
  /** Counts catch-ups: each makes every value read again, once. */
  #catchUps = $state(0);
  #catchingUp = false;
  /** A catch-up is waiting. */
  #behind = false;
  #section: HTMLElement | null = null;
  readonly #job: HydrationJob = { started: false, start: () => this.#catchUp() };

  constructor(reads: R) {
    const values = {};
    for (const [key, read] of Object.entries(reads)) {
      Object.defineProperty(values, key, { enumerable: true, get: this.#held(read) });
    }
    this.values = values as HeldValues<R>;
  }

  #held(read: () => unknown): () => unknown {
    let drawn: unknown;
    let first = true;
    const held = $derived.by(() => {
      void this.#catchUps;
      const now = read();
      if (this.#near || this.#catchingUp || first) {
        first = false;
        drawn = now;
      } else if (now !== drawn) {
        this.#fallBehind();
      }
      return drawn;
    });
    return () => held;
  }

  #fallBehind(): void {
    if (this.#behind) return;
    this.#behind = true;
    if (this.#section) this.#section.dataset.behind = 'true';
    requestAnimationFrame(() => hydrateSoon(this.#job));
  }

  #catchUp(): void {
    this.#catchingUp = true;
    this.#catchUps += 1;
    // Every value, even one that nothing drawn reads (a handler's), is the latest from now on.
    for (const key in this.values) void this.values[key];
    flushSync();
    this.#catchingUp = false;
    this.#behind = false;
    if (this.#section) delete this.#section.dataset.behind;
  }

  watch(section: HTMLElement): () => void {
    this.#section = section;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) this.#near = entry.isIntersecting;
      },
      { rootMargin: '100% 0px' },
    );
    // The wrapper has no box of its own (`display: contents`): follow the section's first element,
    // and the next one if the section draws it afresh.
    const follow = () => {
      observer.disconnect();
      const box = section.firstElementChild;
      if (box) observer.observe(box);
      else this.#near = true;
    };
    const redrawn = new MutationObserver(follow);
    redrawn.observe(section, { childList: true });
    follow();
    // A printed page shows every section as it stands now.
    const printing = () => this.#catchUp();
    window.addEventListener('beforeprint', printing);
    return () => {
      observer.disconnect();
      redrawn.disconnect();
      window.removeEventListener('beforeprint', printing);
      this.#section = null;
      this.#near = true;
    };
  }
}
