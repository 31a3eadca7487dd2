import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compress, type Encoding } from '../precompress';

/** The prerendered pages whose weight the benchmark reports. */
export const PRERENDERED_PAGES = [
  { file: 'index.html', label: 'English page (index.html)' },
  { file: 'ja/index.html', label: 'Japanese page (ja/index.html)' },
] as const;

export interface PageBytes {
  file: string;
  label: string;
  /** null when the build has no such page. */
  bytes: { raw: number; gzip: number; brotli: number } | null;
}

export interface BuildBytes {
  pages: PageBytes[];
  /** Every share card, `cards/NAME.png`; empty when the build made none. */
  cards: { file: string; bytes: number }[];
}

/** The size of the file a host sends for `encoding`: the build's own NAME.br/.gz if written. */
async function encodedBytes(file: string, raw: Buffer, encoding: Encoding): Promise<number> {
  const written = `${file}.${encoding}`;
  if (existsSync(written)) return (await readFile(written)).length;
  return (await compress(file, raw, encoding)).length;
}

async function pageBytes(dist: string, page: (typeof PRERENDERED_PAGES)[number]) {
  const file = path.join(dist, page.file);
  if (!existsSync(file)) return { ...page, bytes: null };
  const raw = await readFile(file);
  return {
    ...page,
    bytes: {
      raw: raw.length,
      gzip: await encodedBytes(file, raw, 'gz'),
      brotli: await encodedBytes(file, raw, 'br'),
    },
  };
}

async function cardBytes(dist: string) {
  const folder = path.join(dist, 'cards');
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder)).filter((name) => name.endsWith('.png')).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `cards/${name}`,
      bytes: (await readFile(path.join(folder, name))).length,
    })),
  );
}

export async function buildBytes(dist: string): Promise<BuildBytes> {
  return {
    pages: await Promise.all(PRERENDERED_PAGES.map((page) => pageBytes(dist, page))),
    cards: await cardBytes(dist),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function buildBytesMarkdown({ pages, cards }: BuildBytes): string[] {
  const lines = [
    '| prerendered page | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    ...pages.map(({ label, bytes }) =>
      bytes
        ? `| ${label} | ${kb(bytes.raw)} | ${kb(bytes.gzip)} | ${kb(bytes.brotli)} |`
        : `| ${label} | missing from this build | | |`,
    ),
    '',
  ];
  if (cards.length === 0) return [...lines, 'Share cards: none in this build (no `cards/*.png`).'];
  const total = cards.reduce((sum, card) => sum + card.bytes, 0);
  return [
    ...lines,
    `| share card (PNG, sent as it is) | bytes |`,
    '| --- | --- |',
    ...cards.map((card) => `| ${card.file} | ${kb(card.bytes)} |`),
    `| all ${cards.length} cards | ${kb(total)} |`,
  ];
}
