import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_PAUSE_MS, ViewStore } from '$lib/view-store.svelte';

/** A browser's window and document, as far as the store uses them: an address and its history. */
function fakeBrowser() {
  const windowEvents = new EventTarget();
  const documentEvents = new EventTarget();
  const location = { href: 'http://localhost/', pathname: '/', search: '', hash: '' };
  const written: string[] = [];
  const go = (url: string) => {
    const address = new URL(url, 'http://localhost/');
    Object.assign(location, {
      href: address.href,
      pathname: address.pathname,
      search: address.search,
      hash: address.hash,
    });
  };
  const record = (url: string) => {
    written.push(url);
    go(url);
  };
  const document = Object.assign(documentEvents, { visibilityState: 'visible' });
  vi.stubGlobal(
    'window',
    Object.assign(windowEvents, {
      location,
      history: {
        pushState: (_state: unknown, _title: string, url: string) => record(url),
        replaceState: (_state: unknown, _title: string, url: string) => record(url),
      },
    }),
  );
  vi.stubGlobal('document', document);
  return {
    written,
    /** The browser moves to `url` (back, forward or an in-page link) and says so. */
    navigate(url: string) {
      go(url);
      windowEvents.dispatchEvent(new Event('popstate'));
    },
    hide() {
      document.visibilityState = 'hidden';
      documentEvents.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

describe('the address of the view', () => {
  let stop = () => {};
  /** A store following a fake browser's address, stopped after the test. */
  const connected = () => {
    const browser = fakeBrowser();
    const store = new ViewStore({ lang: 'en', chart: null });
    stop = store.connect();
    return { browser, store };
  };
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes every change once the reader pauses, each a history entry of its own', () => {
    const { browser, store } = connected();
    store.update({ from: '2025-03' });
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1);
    store.update({ from: '2025-04' });
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1);
    expect(browser.written).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(browser.written).toEqual(['/?from=2025-03', '/?from=2025-04']);
  });

  it('writes what is pending when the page is hidden', () => {
    const { browser, store } = connected();
    store.update({ from: '2025-03' });
    browser.hide();
    expect(browser.written).toEqual(['/?from=2025-03']);
  });

  it('keeps the changes when an in-page link moves only the fragment', () => {
    const { browser, store } = connected();
    store.update({ from: '2025-03' });
    browser.navigate('/#release-changes-title');
    expect(browser.written).toEqual(['/?from=2025-03#release-changes-title']);
    expect(store.view.from).toBe('2025-03');
  });

  it('drops unwritten changes when back leads to another entry, and shows that entry', () => {
    const { browser, store } = connected();
    store.update({ from: '2025-03' });
    browser.navigate('/?to=2025-06');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(browser.written).toEqual([]);
    expect(store.view.to).toBe('2025-06');
    expect(store.view.from).not.toBe('2025-03');
  });

  it('rewrites the address once for a run of typing', () => {
    const { browser, store } = connected();
    for (const sql of ['S', 'SE', 'SEL']) store.update({ sql }, 'typing');
    vi.runAllTimers();
    expect(browser.written).toEqual(['/?open=&sql=SEL']);
  });
});
