import { sourceHost } from '../format/source-host.ts';
import { TABLES } from '../schema/index.ts';
import { DATASET, type DatasetVersion } from './about.ts';
import { tableSchema } from './table-schema.ts';

export interface DataPackageInput {
  /** Each data file's path relative to datapackage.json, by its name in data/ ('fsa_monthly.csv'). */
  paths: Readonly<Record<string, string>>;
  /** Every source_url the rows name. */
  sources: readonly string[];
  version: DatasetVersion;
}

/** The built-in dataset as a Frictionless Tabular Data Package (v1) descriptor. */
export function dataPackage({ paths, sources, version }: DataPackageInput) {
  const resources = TABLES.map((table) => {
    const path = paths[table.file];
    if (!path) throw new Error(`${table.file}: not among the built data files`);
    return {
      profile: 'tabular-data-resource',
      name: table.name,
      path,
      title: table.file,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(table),
    };
  });
  const cited = [...new Set(sources)].sort();
  return {
    profile: 'tabular-data-package',
    name: DATASET.name,
    title: DATASET.title,
    description: DATASET.description,
    version: version.version,
    keywords: [...DATASET.keywords],
    licenses: [{ ...DATASET.licence }],
    sources: [
      { ...DATASET.publisher },
      ...cited
        .filter((url) => url !== DATASET.publisher.path)
        .map((url) => ({ title: sourceHost(url), path: url })),
    ],
    contributors: [{ title: DATASET.author, role: 'author' }],
    resources,
  };
}
