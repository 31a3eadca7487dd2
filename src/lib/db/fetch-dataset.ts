import { TABLES } from '$lib/schema';
import type { CsvFile } from './load-dataset';

/** The built-in CSVs, emitted by Vite as same-origin assets. */
const DATA_URLS = import.meta.glob<string>('/data/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

export async function fetchDataFiles(): Promise<CsvFile[]> {
  return Promise.all(
    TABLES.map(async (table) => {
      const url = DATA_URLS[`/data/${table.file}`];
      if (!url) throw new Error(`${table.file}: not part of this build`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${table.file}: HTTP ${response.status}`);
      return { name: table.file, text: await response.text() };
    }),
  );
}
