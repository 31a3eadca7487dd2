import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  compress,
  ENCODINGS,
  isCompressible,
  runLimited,
  shouldPrecompress,
  type Encoding,
} from './precompress.ts';

/** Files at least this big keep their compressed forms in the cache: DuckDB's wasm and workers. */
const CACHED_FROM_BYTES = 512 * 1024;
/** Part of every cache key: change it when the compression settings change. */
const SETTINGS = 'br11-w24;gz9';

export interface Precompressed {
  /** Path inside the folder, with forward slashes. */
  file: string;
  bytes: number;
  /** Bytes of each form written; a form that would not be smaller is not written. */
  written: Partial<Record<Encoding, number>>;
}

export interface PrecompressOptions {
  /** Where compressed forms of large files are kept between builds; none when absent. */
  cacheDir?: string;
  /** How many compressions run at once (defaults to the number of cores). */
  parallel?: number;
}

/** Every file under `dir`, as paths inside it with forward slashes. */
export async function listFiles(dir: string, under = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, under), { withFileTypes: true })) {
    const file = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, file)));
    else if (entry.isFile()) files.push(file);
  }
  return files;
}

/** Compresses through a cache keyed by the content and the settings (large files only). */
async function compressCached(
  file: string,
  bytes: Buffer,
  encoding: Encoding,
  cacheDir: string | undefined,
): Promise<Buffer> {
  if (!cacheDir || bytes.length < CACHED_FROM_BYTES) return compress(file, bytes, encoding);
  const key = createHash('sha256').update(SETTINGS).update(bytes).digest('hex');
  const cached = path.join(cacheDir, `${key}.${encoding}`);
  try {
    return await readFile(cached);
  } catch {
    const compressed = await compress(file, bytes, encoding);
    await mkdir(cacheDir, { recursive: true });
    // Written under another name first, so a build stopped midway never leaves half a file.
    await writeFile(`${cached}.partial`, compressed);
    await rename(`${cached}.partial`, cached);
    return compressed;
  }
}

/**
 * Writes NAME.br and NAME.gz beside every compressible file of `dir` (see shouldPrecompress),
 * unless that form is not smaller. The largest files start first, so the long brotli runs of
 * the two wasm files share the cores rather than finishing one after the other.
 */
export async function precompressFolder(
  dir: string,
  options: PrecompressOptions = {},
): Promise<Precompressed[]> {
  const candidates: { file: string; bytes: Buffer }[] = [];
  for (const file of await listFiles(dir)) {
    if (!isCompressible(file)) continue;
    const bytes = await readFile(path.join(dir, file));
    if (shouldPrecompress(file, bytes.length)) candidates.push({ file, bytes });
  }
  candidates.sort((a, b) => b.bytes.length - a.bytes.length);
  const results = candidates.map(({ file, bytes }) => ({
    file,
    bytes: bytes.length,
    written: {} as Precompressed['written'],
  }));
  const jobs = candidates.flatMap(({ file, bytes }, index) =>
    ENCODINGS.map((encoding) => async () => {
      const compressed = await compressCached(file, bytes, encoding, options.cacheDir);
      if (compressed.length >= bytes.length) return;
      await writeFile(path.join(dir, `${file}.${encoding}`), compressed);
      (results[index] as Precompressed).written[encoding] = compressed.length;
    }),
  );
  await runLimited(jobs, options.parallel);
  return results;
}
