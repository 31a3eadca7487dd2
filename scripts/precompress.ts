import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files a static host sends compressed: text, and DuckDB's wasm. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|csv|txt|xml|webmanifest|map|wasm)$/i;

/** Below this a response fits in one packet anyway, and headers cost more than the saving. */
export const MIN_BYTES = 1024;

export type Encoding = 'br' | 'gz';
export const ENCODINGS: readonly Encoding[] = ['br', 'gz'];

export const isCompressible = (file: string) => COMPRESSIBLE.test(file);

export const shouldPrecompress = (file: string, bytes: number) =>
  isCompressible(file) && bytes >= MIN_BYTES;

/**
 * Brotli at quality 11 for everything, the wasm included: duckdb-eh's 34.2 MB become 5.07 MB,
 * against 5.27 MB at quality 10 and 5.89 MB at 9, for about 1.8 times the time of 10, which the
 * cache in precompress-folder.ts makes a cost of the first build only. The window stays at 24
 * bits, the largest a browser's decoder accepts: "large window" brotli (up to 30 bits) is not
 * valid `Content-Encoding: br`.
 */
function brotliOptions(file: string, bytes: number) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm')
        ? constants.BROTLI_MODE_GENERIC
        : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
    },
  };
}

/** The file's bytes in one encoding, with the settings the build uses. */
export function compress(file: string, bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(bytes, brotliOptions(file, bytes.length))
    : gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Runs `jobs` with at most `limit` at a time, in the order given. zlib's asynchronous calls run
 * on libuv's thread pool (four threads by default); more jobs at once than cores only makes each
 * of them slower.
 */
export async function runLimited<T>(
  jobs: readonly (() => Promise<T>)[],
  limit = availableParallelism(),
): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next;
      next += 1;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, lane));
  return results;
}
