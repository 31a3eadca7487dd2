import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { DATASET, datasetVersion } from '../src/lib/dataset/about.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CITATION_FILE = path.join(ROOT, 'CITATION.cff');

/** A YAML double-quoted scalar: JSON's string syntax is one. */
const quoted = (text: string) => JSON.stringify(text);

/** CITATION.cff (Citation File Format 1.2.0) for the dataset as of its newest release. */
export function citationCff(releasesCsv: string): string {
  const rows = Papa.parse<Record<string, string>>(releasesCsv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const version = datasetVersion(
    rows.map((row) => ({
      release_id: row.release_id ?? '',
      release_date: row.release_date || null,
    })),
  );
  if (!version) throw new Error('data/fsa_releases.csv has no release');
  const lines = [
    '# Written by `npx tsx scripts/citation-cff.ts` from data/fsa_releases.csv; do not edit by hand.',
    'cff-version: 1.2.0',
    `message: ${quoted('If you use these figures, please cite the dataset as below, and the FSA as their source.')}`,
    'type: dataset',
    `title: ${quoted(DATASET.title)}`,
    `abstract: ${quoted(DATASET.description)}`,
    'authors:',
    `  - name: ${quoted(DATASET.author)}`,
    `version: ${quoted(version.version)}`,
    ...(/^\d{4}-\d{2}-\d{2}$/.test(version.date) ? [`date-released: ${quoted(version.date)}`] : []),
    `license: ${DATASET.licence.name}`,
    'keywords:',
    ...DATASET.keywords.map((keyword) => `  - ${quoted(keyword)}`),
    'references:',
    '  - type: website',
    `    title: ${quoted(DATASET.publisher.title)}`,
    '    authors:',
    `      - name: ${quoted('Financial Services Agency, Japan (金融庁)')}`,
    `    url: ${quoted(DATASET.publisher.path)}`,
  ];
  return `${lines.join('\n')}\n`;
}

export function currentCitationCff(): string {
  return citationCff(readFileSync(path.join(ROOT, 'data', 'fsa_releases.csv'), 'utf8'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CITATION_FILE, currentCitationCff());
  console.log(`Wrote ${path.relative(process.cwd(), CITATION_FILE)}`);
}
