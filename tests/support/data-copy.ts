import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '$lib/ingest/parse-csv';
import { DATA_DIR } from '$lib/db/node-dataset';

/** A copy of data/ in a temporary folder, removed with `remove()`. */
export function copyOfData(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'takeover-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file of a folder, name → bytes, to compare byte for byte. */
export function folderBytes(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name))]),
  );
}

/** Takes a release's rows out of a CSV file of the folder, leaving every other line as it was. */
export function takeOutRelease(dir: string, file: string, releaseId: string): void {
  const target = path.join(dir, file);
  const text = readFileSync(target, 'utf8');
  const [header, ...rows] = parseCsv(file, text).rows;
  const column = header?.cells.indexOf('release_id') ?? -1;
  const lines = text.split('\n');
  const ofRelease = rows.filter((row) => row.cells[column] === releaseId);
  if (ofRelease.some((row) => row.cells.some((cell) => cell.includes('\n')))) {
    throw new Error(`${file}: a row of ${releaseId} spans lines`);
  }
  const taken = new Set(ofRelease.map((row) => row.line - 1));
  writeFileSync(target, lines.filter((_, index) => !taken.has(index)).join('\n'));
}
