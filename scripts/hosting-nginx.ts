/**
 * `npx tsx scripts/hosting-nginx.ts [BASE] [ROOT] [SERVER_NAME]` prints an nginx server block
 * for the build: the precompressed files, the wasm type, a year's cache for hashed assets, the
 * pages' Content-Security-Policy and the page folders. BASE is the build's base ('/' by
 * default); the build goes in ROOT + BASE (ROOT defaults to /srv/www).
 */
import { pathToFileURL } from 'node:url';
import { basePathOf } from './base-path.ts';
import { contentSecurityPolicyFor } from './content-security-policy.ts';
import { LONG_CACHE, REVALIDATE } from './hosting-headers.ts';

export interface NginxSite {
  base: string;
  /** The folder that holds the build at BASE: the build itself for the base '/'. */
  root: string;
  serverName: string;
  policy: string;
}

/** nginx's double-quoted string. */
const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

export function nginxConfig({ base, root, serverName, policy }: NginxSite): string {
  const basePath = basePathOf(base);
  // An add_header in a location drops every add_header of the server, so each location lists
  // the security headers again.
  const headers = (cache: string) =>
    [
      `add_header Cache-Control ${quoted(cache)};`,
      `add_header Content-Security-Policy ${quoted(policy)};`,
      'add_header X-Content-Type-Options nosniff;',
      'add_header Referrer-Policy strict-origin-when-cross-origin;',
    ].map((line) => `        ${line}`);
  return [
    `# Takeover Watch, built with the base ${basePath}: the contents of dist/ go in ${root.replace(/\/$/, '')}${basePath}`,
    'server {',
    '    listen 80;',
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '',
    "    # NAME.br and NAME.gz from the build, in NAME's stead when the client accepts them.",
    '    # brotli_static needs ngx_brotli (Debian: libnginx-mod-http-brotli-static): without it,',
    '    # delete that line and gzip_static still serves the .gz files.',
    '    brotli_static on;',
    '    gzip_static on;',
    '    gzip_vary on;',
    '',
    "    # For nginx whose mime.types lacks wasm (Debian 12's has it: then nginx warns of a",
    '    # duplicate, and these two lines can go).',
    '    include mime.types;',
    '    types { application/wasm wasm; }',
    '',
    `    location ${basePath} {`,
    '        # The pages are folders: ja/, chart/ID/, ja/chart/ID/.',
    '        try_files $uri $uri/ =404;',
    ...headers(REVALIDATE),
    '    }',
    '',
    `    location ${basePath}assets/ {`,
    ...headers(LONG_CACHE),
    '    }',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base = '/', root = '/srv/www', serverName = 'example.org'] = process.argv.slice(2);
  process.stdout.write(
    nginxConfig({ base, root, serverName, policy: contentSecurityPolicyFor(base) }),
  );
}
