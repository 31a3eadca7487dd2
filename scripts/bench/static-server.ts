import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** The precompressed forms the build writes (scripts/precompress.ts), best first. */
const ENCODINGS = [
  { token: /\bbr\b/, suffix: '.br', name: 'br' },
  { token: /\bgzip\b/, suffix: '.gz', name: 'gzip' },
] as const;

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

const isFolder = (file: string) =>
  stat(file).then(
    (stats) => stats.isDirectory(),
    () => false,
  );

/**
 * Serves a build folder the way a static host with precompressed files does (nginx with
 * `brotli_static` and `gzip_static`): NAME.br or NAME.gz in NAME's stead when the client accepts
 * that encoding, so transferred bytes are the bytes a reader would download. Files the build
 * left uncompressed (under 1 KB, or not smaller compressed) go as they are.
 */
export async function serveStatic(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
      const decoded = decodeURIComponent(pathname);
      const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
      if (!file.startsWith(root + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      if (!decoded.endsWith('/') && (await isFolder(file))) {
        response.writeHead(301, { location: `${pathname}/${search}` }).end();
        return;
      }
      const headers: Record<string, string> = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
      };
      const accepted = request.headers['accept-encoding'] ?? '';
      let body: Buffer | null = null;
      for (const encoding of ENCODINGS) {
        if (!encoding.token.test(accepted)) continue;
        body = await readIfFile(`${file}${encoding.suffix}`);
        if (body) {
          headers['content-encoding'] = encoding.name;
          break;
        }
      }
      body ??= await readIfFile(file);
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers).end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
