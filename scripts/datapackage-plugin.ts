import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import type { Plugin, ResolvedConfig } from 'vite';
import { datasetVersion } from '../src/lib/dataset/about.ts';
import { dataPackage } from '../src/lib/dataset/datapackage.ts';
import { TABLES } from '../src/lib/schema/index.ts';

type Row = Record<string, string>;

async function readRows(dataDir: string, file: string): Promise<Row[]> {
  const text = await readFile(path.join(dataDir, file), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

/** The descriptor for the data files in `dataDir`, found in the build at `paths` (by file name). */
export async function dataPackageOf(dataDir: string, paths: Readonly<Record<string, string>>) {
  const tables = await Promise.all(TABLES.map((table) => readRows(dataDir, table.file)));
  const sources = tables.flat().flatMap((row) => (row.source_url ? [row.source_url] : []));
  const releases = (tables[TABLES.findIndex((table) => table.name === 'fsa_releases')] ?? []).map(
    (row) => ({
      release_id: row.release_id ?? '',
      release_date: row.release_date || null,
    }),
  );
  const version = datasetVersion(releases);
  if (!version) throw new Error('datapackage.json: data/fsa_releases.csv has no release');
  return dataPackage({ paths, sources, version });
}

/**
 * Writes datapackage.json at the root of the build: every data file the page loads, under its
 * built (content-hashed) path, with the Table Schema its declaration in src/lib/schema/ gives.
 */
export function datapackage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'takeover-watch-datapackage',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_, bundle) {
      const dataDir = path.resolve(config.root, 'data');
      const paths: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset') continue;
        const names = [...(output.originalFileNames ?? []), ...(output.names ?? [])];
        const table = TABLES.find((spec) =>
          names.some((name) => name === spec.file || name.endsWith(`data/${spec.file}`)),
        );
        if (table) paths[table.file] = output.fileName;
      }
      this.emitFile({
        type: 'asset',
        fileName: 'datapackage.json',
        source: `${JSON.stringify(await dataPackageOf(dataDir, paths), null, 2)}\n`,
      });
    },
  };
}
