import { describe, expect, it } from 'vitest';
import { LONG_CACHE } from '../../scripts/hosting-headers';
import { nginxConfig } from '../../scripts/hosting-nginx';
import { contentSecurityPolicyFor } from '../../scripts/content-security-policy';

/** The directives of one `location PATH { … }` block. */
function location(config: string, path: string): string {
  const start = config.indexOf(`location ${path} {`);
  expect(start, path).toBeGreaterThan(0);
  return config.slice(start, config.indexOf('}', start));
}

describe.each(['/', '/takeover-watch/'])('the nginx server block for base %s', (base) => {
  const policy = contentSecurityPolicyFor(base);
  const config = nginxConfig({ base, root: '/srv/www', serverName: 'example.org', policy });

  it('serves the precompressed files and types wasm', () => {
    for (const directive of ['brotli_static on;', 'gzip_static on;', 'gzip_vary on;'])
      expect(config).toContain(directive);
    expect(config).toContain('types { application/wasm wasm; }');
    expect(config).toContain('root /srv/www;');
    expect(config).toContain('charset utf-8;');
  });

  it('sends the pages’ policy from both locations, and a year’s cache only for assets', () => {
    const pages = location(config, base);
    const assets = location(config, `${base}assets/`);
    for (const block of [pages, assets]) {
      expect(block).toContain(`add_header Content-Security-Policy "${policy}";`);
      expect(block).toContain('add_header X-Content-Type-Options nosniff;');
    }
    expect(pages).toContain('try_files $uri $uri/ =404;');
    expect(pages).toContain('add_header Cache-Control "no-cache";');
    expect(assets).toContain(`add_header Cache-Control "${LONG_CACHE}";`);
  });

  it('escapes quotes in what it quotes', () => {
    const odd = nginxConfig({ base, root: '/srv', serverName: 'x', policy: `a "b" \\c` });
    expect(odd).toContain('add_header Content-Security-Policy "a \\"b\\" \\\\c";');
  });
});
