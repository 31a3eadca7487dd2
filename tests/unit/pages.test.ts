import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageHead } from '$lib/pages/page-head';
import { PAGES, pageAt, pagePath } from '$lib/pages/pages';
import { contentSecurityPolicyFor } from '../../scripts/content-security-policy';
import { languageRedirectScript } from '../../scripts/language-redirect-script';
import { FIRST_FRAME, firstFrameScript } from '../../scripts/first-frame-script';
import { themeRestoreScript } from '../../scripts/theme-restore-script';

const BASE = '/takeover-watch/';

describe('the site’s pages and their paths', () => {
  it('gives every page a path of its own, and reads it back', () => {
    const paths = PAGES.map(pagePath);
    expect(new Set(paths).size).toBe(14);
    expect(paths).toContain('');
    expect(paths).toContain('ja/');
    expect(paths).toContain('chart/monthly-counts/');
    expect(paths).toContain('ja/chart/revision-history/');
    expect(paths).toContain('ja/chart/release-changes/');
    for (const page of PAGES) expect(pageAt(`${BASE}${pagePath(page)}`, BASE)).toEqual(page);
  });

  it('reads anything else as the English dashboard, or the Japanese one under ja/', () => {
    expect(pageAt(`${BASE}index.html`, BASE)).toEqual({ lang: 'en', chart: null });
    expect(pageAt(`${BASE}ja`, BASE)).toEqual({ lang: 'ja', chart: null });
    expect(pageAt(`${BASE}chart/nope/`, BASE)).toEqual({ lang: 'en', chart: null });
    expect(pageAt('/elsewhere/ja/', BASE)).toEqual({ lang: 'en', chart: null });
    expect(pageAt('/ja/chart/stocks/', '/')).toEqual({ lang: 'ja', chart: 'stocks' });
  });
});

/**
 * Runs the inline redirect script as a page would, with a stand-in for the browser; returns where
 * it sent the reader (null: nowhere) and whether it hid the page meanwhile.
 */
function runRedirect(
  path: string,
  search: string,
  browserLanguage: string,
  hash = '',
  base = BASE,
) {
  let to: string | null = null;
  const root = { style: { display: '' } };
  const run = new Function('location', 'navigator', 'document', languageRedirectScript(base));
  run(
    { pathname: path, search, hash, replace: (url: string) => (to = url) },
    { languages: [browserLanguage, 'en'], language: browserLanguage },
    { documentElement: root },
  );
  return { to, hidden: root.style.display === 'none' };
}
const redirect = (path: string, search: string, browserLanguage: string, hash = '') =>
  runRedirect(path, search, browserLanguage, hash).to;

describe('the redirect to the reader’s language', () => {
  it('sends a Japanese browser from an English page that names no language to its twin', () => {
    expect(runRedirect(BASE, '?from=2025-03', 'ja-JP', '#x')).toEqual({
      to: `${BASE}ja/?from=2025-03#x`,
      hidden: true,
    });
    expect(redirect(`${BASE}chart/stocks/`, '', 'ja')).toBe(`${BASE}ja/chart/stocks/`);
    expect(runRedirect(BASE, '', 'en-GB')).toEqual({ to: null, hidden: false });
    expect(redirect(BASE, '', 'jv')).toBeNull();
  });

  it('follows the address: lang=ja to the Japanese page, lang=en to the English one', () => {
    expect(redirect(BASE, '?lang=ja&to=2025-10', 'en')).toBe(`${BASE}ja/?to=2025-10`);
    expect(redirect(BASE, '?lang=en', 'ja-JP')).toBeNull();
    expect(redirect(`${BASE}ja/chart/brokers/`, '?lang=en&to=2025-10', 'ja')).toBe(
      `${BASE}chart/brokers/?lang=en&to=2025-10`,
    );
    expect(redirect(`${BASE}ja/`, '', 'en')).toBeNull();
    expect(redirect(`${BASE}ja/`, '?lang=ja', 'en')).toBeNull();
  });

  it('leaves pages outside the site alone', () => {
    expect(redirect('/other/', '', 'ja')).toBeNull();
    expect(redirect(`${BASE}chart/stocks/extra`, '', 'ja')).toBeNull();
  });

  it('never leaves the site, whatever a server answers for (base /)', () => {
    const at = (path: string, search: string, language: string) =>
      runRedirect(path, search, language, '', '/').to;
    expect(at('/ja//evil.example/', '?lang=en', 'ja')).toBeNull();
    expect(at('/ja///evil.example', '?lang=en', 'ja')).toBeNull();
    expect(at('//evil.example/', '?lang=ja', 'en')).toBeNull();
    expect(at('/ja/', '?lang=en', 'ja')).toBe('/?lang=en');
    expect(at('/chart/stocks/', '', 'ja')).toBe('/ja/chart/stocks/');
    for (const path of ['/ja//', '/%2F%2Fevil.example/', '/ja/..%2F..%2Fevil'])
      for (const search of ['?lang=en', '?lang=ja', ''])
        expect(at(path, search, 'ja') ?? '/').toMatch(/^\/(?!\/)/);
  });

  it('goes only between the pages pageAt reads, to their twins', () => {
    for (const page of PAGES) {
      const path = `${BASE}${pagePath(page)}`;
      const to = redirect(path, page.lang === 'ja' ? '?lang=en' : '?lang=ja', 'en');
      const twin = { ...page, lang: page.lang === 'ja' ? 'en' : 'ja' };
      expect(pageAt(new URL(to ?? '', 'http://localhost').pathname, BASE)).toEqual(twin);
    }
  });
});

describe('a page’s head', () => {
  const site = { base: BASE, siteUrl: 'https://user.github.io/takeover-watch/' };
  const attributes = (head: string, pattern: RegExp) =>
    [...head.matchAll(pattern)].map((match) => match[1] ?? '');

  it('uses absolute addresses when the site’s address is given', () => {
    const head = pageHead({ lang: 'ja', chart: 'stocks' }, site);
    expect(head).toContain(
      '<link rel="canonical" href="https://user.github.io/takeover-watch/ja/chart/stocks/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://user.github.io/takeover-watch/chart/stocks/" />',
    );
    expect(head).toContain(
      '<meta property="og:image" content="https://user.github.io/takeover-watch/cards/ja-stocks.png" />',
    );
    const urls = [
      ...attributes(head, /href="([^"]*)"/g),
      ...attributes(head, /property="og:(?:url|image)" content="([^"]*)"/g),
      ...attributes(head, /name="twitter:image" content="([^"]*)"/g),
    ];
    expect(urls).toHaveLength(7);
    for (const url of urls) expect(url).toMatch(/^https:\/\/user\.github\.io\/takeover-watch\//);
  });

  it('uses addresses from the host’s root otherwise, and escapes its text', () => {
    const head = pageHead({ lang: 'en', chart: null }, { base: BASE, siteUrl: null });
    expect(head).toContain('<link rel="canonical" href="/takeover-watch/" />');
    expect(head).toContain('<meta property="og:image" content="/takeover-watch/cards/en.png" />');
    expect(head).toContain('<meta property="og:locale" content="en_US" />');
    expect(head).toContain('<meta property="og:locale:alternate" content="ja_JP" />');
    expect(head).toContain(`content="The FSA's figures`);
    expect(head).not.toMatch(/content="[^"]*[<>][^"]*"/);
  });
});

describe('the Content-Security-Policy', () => {
  const hashOf = (script: string) =>
    `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

  it('allows exactly the inline theme restore, language redirect and first frame, by their hashes', () => {
    const policy = contentSecurityPolicyFor(BASE);
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scripts).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${hashOf(themeRestoreScript())} ${hashOf(languageRedirectScript(BASE))} ${hashOf(firstFrameScript())}`,
    );
    expect(scripts).not.toContain('unsafe-inline');
    expect(contentSecurityPolicyFor('/')).not.toBe(policy);
  });
});

/** Runs the inline theme script as a page would, with `saved` in storage (or storage off). */
function restoredTheme(saved: string | null | Error): string | undefined {
  const dataset: { theme?: string } = {};
  const localStorage = {
    getItem: (key: string) => {
      if (saved instanceof Error) throw saved;
      return key === 'takeover-watch-theme' ? saved : null;
    },
  };
  new Function('localStorage', 'document', themeRestoreScript())(localStorage, {
    documentElement: { dataset },
  });
  return dataset.theme;
}

describe('the inline theme restore', () => {
  it('puts the reader’s chosen theme on the page before it is drawn', () => {
    expect(restoredTheme('dark')).toBe('dark');
    expect(restoredTheme('light')).toBe('light');
  });

  it('leaves the system’s theme when nothing, or nothing it knows, was chosen', () => {
    expect(restoredTheme(null)).toBeUndefined();
    expect(restoredTheme('system')).toBeUndefined();
    expect(restoredTheme('<img src=x onerror=alert(1)>')).toBeUndefined();
  });

  it('does not fail when storage is off', () => {
    expect(restoredTheme(new DOMException('denied', 'SecurityError'))).toBeUndefined();
  });
});

interface Opening {
  embedded?: boolean;
  search?: string;
  hash?: string;
  navigation?: string;
  /** The browser keeps no navigation timing (performance.getEntriesByType is missing). */
  noTimeline?: boolean;
}

/** Runs the inline first frame script as a page opened this way would, with its frames and tasks. */
function runFirstFrameScript({
  embedded = false,
  search = '',
  hash = '',
  navigation,
  noTimeline = false,
}: Opening) {
  const attributes = new Set<string>(embedded ? ['data-embed'] : []);
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const documentElement = {
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string) => attributes.add(name),
    removeAttribute: (name: string) => attributes.delete(name),
  };
  const performance = noTimeline
    ? {}
    : {
        getEntriesByType: (type: string) =>
          type === 'navigation' && navigation ? [{ type: navigation }] : [],
      };
  new Function(
    'document',
    'location',
    'performance',
    'requestAnimationFrame',
    'setTimeout',
    firstFrameScript(),
  )(
    { documentElement },
    { search, hash },
    performance,
    (callback: () => void) => frames.push(callback),
    (callback: () => void) => tasks.push(callback),
  );
  return { held: () => attributes.has(FIRST_FRAME), frames, tasks };
}

describe('the inline first frame script', () => {
  it('holds back what follows the first chart until the first frame is drawn, then lets go', () => {
    for (const opening of [
      { navigation: 'navigate', search: '?release=2025-05-08' },
      {},
      { noTimeline: true },
    ]) {
      const page = runFirstFrameScript(opening);
      expect(page.held()).toBe(true);
      expect(page.tasks).toHaveLength(0);
      // The first frame: its style and layout follow its animation frame callbacks.
      page.frames.shift()?.();
      expect(page.held()).toBe(true);
      // The task after that frame.
      page.tasks.shift()?.();
      expect(page.held()).toBe(false);
      expect(page.frames).toHaveLength(0);
    }
  });

  it('holds nothing back on a chart’s page, in an embed, for a link into the page, or on returning', () => {
    const openings: Opening[] = [
      { embedded: true },
      { search: '?embed=brokers' },
      { search: '?lang=ja&embed=stocks' },
      { hash: '#brokers-title' },
      { navigation: 'reload' },
      { navigation: 'back_forward' },
    ];
    for (const opening of openings) {
      const page = runFirstFrameScript(opening);
      expect(page.held(), JSON.stringify(opening)).toBe(false);
      expect(page.frames, JSON.stringify(opening)).toHaveLength(0);
    }
  });
});
