import { describe, expect, it } from 'vitest';
import { basePathOf } from '../../scripts/base-path';
import { LONG_CACHE, REVALIDATE, headersFile } from '../../scripts/hosting-headers';
import { contentSecurityPolicyFor } from '../../scripts/content-security-policy';

const FILES = [
  'index.html',
  'index.html.br',
  'index.html.gz',
  'favicon.svg',
  'datapackage.json',
  'ja/index.html',
  'ja/chart/brokers/index.html',
  'chart/brokers/index.html',
  'cards/brokers.png',
  'assets/start-app-J1INrZxM.js',
  'assets/duckdb-eh-9ubY-jlA.wasm',
  'assets/duckdb-mvp-BP0pRkMH.wasm',
  'assets/duckdb-mvp-BP0pRkMH.wasm.br',
];

type Rule = { path: string; headers: [string, string][] };

/** Reads a `_headers` file the way Netlify and Cloudflare Pages do. */
function parse(file: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const [, name = '', value = ''] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    rules.at(-1)?.headers.push([name, value]);
  }
  return rules;
}

/** Every header a request for `url` gets: all matching rules together (a splat matches anything). */
function headersFor(rules: Rule[], url: string): [string, string][] {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const matches = (pattern: string) =>
    new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`).test(url);
  return rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers);
}

const only = (headers: [string, string][], name: string) => {
  const values = headers.filter(([header]) => header === name).map(([, value]) => value);
  expect(values, name).toHaveLength(1);
  return values[0];
};

describe.each(['/', '/takeover-watch/'])('the _headers file for base %s', (base) => {
  const file = headersFile({
    base,
    policy: contentSecurityPolicyFor(base),
    files: FILES,
    assetsDir: 'assets',
  });
  const rules = parse(file);
  const at = (path: string) => headersFor(rules, `${base}${path}`);

  it('sends each page the policy of its meta tag, nosniff and a referrer policy, once', () => {
    for (const page of [
      '',
      'index.html',
      'ja/',
      'ja/index.html',
      'chart/brokers/',
      'ja/chart/brokers/',
    ]) {
      const headers = at(page);
      expect(only(headers, 'Content-Security-Policy')).toBe(contentSecurityPolicyFor(base));
      expect(only(headers, 'X-Content-Type-Options')).toBe('nosniff');
      expect(only(headers, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(only(headers, 'Cache-Control')).toBe(REVALIDATE);
    }
  });

  it('caches hashed assets for a year and revalidates everything else, one Cache-Control each', () => {
    expect(only(at('assets/start-app-J1INrZxM.js'), 'Cache-Control')).toBe(LONG_CACHE);
    expect(only(at('assets/duckdb-eh-9ubY-jlA.wasm'), 'Cache-Control')).toBe(LONG_CACHE);
    for (const path of ['favicon.svg', 'datapackage.json', 'cards/brokers.png'])
      expect(only(at(path), 'Cache-Control')).toBe(REVALIDATE);
  });

  it('types both wasm files as application/wasm, and nothing else', () => {
    for (const wasm of ['assets/duckdb-eh-9ubY-jlA.wasm', 'assets/duckdb-mvp-BP0pRkMH.wasm'])
      expect(only(at(wasm), 'Content-Type')).toBe('application/wasm');
    expect(at('assets/start-app-J1INrZxM.js').some(([name]) => name === 'Content-Type')).toBe(
      false,
    );
  });

  it('keeps every rule under the base, and none for the compressed forms', () => {
    for (const rule of rules) expect(rule.path.startsWith(base)).toBe(true);
    expect(rules.some((rule) => /\.(br|gz)$/.test(rule.path))).toBe(false);
    expect(file).not.toContain('frame-ancestors');
  });
});

describe('basePathOf', () => {
  it('takes the path of a base, with one trailing slash, and refuses a relative base', () => {
    expect(basePathOf('/')).toBe('/');
    expect(basePathOf('/takeover-watch')).toBe('/takeover-watch/');
    expect(basePathOf('/takeover-watch/')).toBe('/takeover-watch/');
    expect(basePathOf('https://example.org/x/y/')).toBe('/x/y/');
    expect(() => basePathOf('./')).toThrow(/path from the site's root/);
    expect(() => basePathOf('')).toThrow(/path from the site's root/);
  });
});
