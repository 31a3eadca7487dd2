import { parseArgs } from 'node:util';
import { cellProblem } from '$lib/ingest/cell-rules';
import { fsaMonthly, fsaReleases, type TableSpec } from '$lib/schema';
import { CONFIDENCE_LEVELS, type Confidence } from '$lib/schema/provenance';

export const USAGE = `Usage: npm run add-release -- FILE --release YYYY-MM-DD --source URL --confidence high|medium|low
       [--note TEXT] [--month-note YYYY-MM=TEXT]... [--month-source YYYY-MM=URL]...
       [--sheet NAME] [--data DIR] [--dry-run]

Adds one FSA release, read from its table as published (CSV or TSV in UTF-8, Shift_JIS or
UTF-16, wide or long, or .xlsx), to DIR/fsa_releases.csv and DIR/fsa_monthly.csv (DIR: data/).`;

/** What the command was asked to do. */
export interface AddReleaseOptions {
  readonly file: string;
  readonly release: string;
  readonly source: string;
  readonly confidence: Confidence;
  /** The release row's note. */
  readonly note: string;
  /** A month's note and source where they differ from the release's: YYYY-MM → text. */
  readonly monthNotes: ReadonlyMap<string, string>;
  readonly monthSources: ReadonlyMap<string, string>;
  /** The workbook's sheet to read; the first that holds the table where not given. */
  readonly sheet: string | null;
  readonly dataDir: string;
  readonly dryRun: boolean;
}

function columnOf(table: TableSpec, name: string) {
  const spec = table.columns.find((candidate) => candidate.name === name);
  if (spec === undefined) throw new Error(`${table.name} has no column ${name}`);
  return spec;
}

/** `YYYY-MM=TEXT` pairs, each month once, each month a month. */
function monthPairs(option: string, values: readonly string[]): Map<string, string> | string {
  const pairs = new Map<string, string>();
  for (const value of values) {
    const match = /^(\d{4}-\d{2})=(.*)$/s.exec(value);
    if (match === null) return `--${option} "${value}": write it as YYYY-MM=TEXT`;
    const [, month = '', text = ''] = match;
    const problem = cellProblem(month, columnOf(fsaMonthly, 'month'));
    if (problem !== null) return `--${option} "${value}": the month ${problem}`;
    if (pairs.has(month)) return `--${option}: ${month} is given twice`;
    pairs.set(month, text);
  }
  return pairs;
}

/** Reads the command line; a string is what is wrong with it. */
export function readOptions(argv: readonly string[]): AddReleaseOptions | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        release: { type: 'string' },
        source: { type: 'string' },
        confidence: { type: 'string' },
        note: { type: 'string', default: '' },
        'month-note': { type: 'string', multiple: true, default: [] },
        'month-source': { type: 'string', multiple: true, default: [] },
        sheet: { type: 'string' },
        data: { type: 'string', default: 'data' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return 'give exactly one FILE: the release’s table';
  const { release, source, confidence } = values;
  if (release === undefined) return '--release is required';
  if (source === undefined) return '--source is required';
  if (confidence === undefined) return '--confidence is required';
  const releaseProblem = cellProblem(release, columnOf(fsaReleases, 'release_id'));
  if (releaseProblem !== null) return `--release "${release}" ${releaseProblem}`;
  const sourceProblem = cellProblem(source, columnOf(fsaReleases, 'source_url'));
  if (sourceProblem !== null) return `--source "${source}" ${sourceProblem}`;
  const level = CONFIDENCE_LEVELS.find((candidate) => candidate === confidence);
  if (level === undefined) return `--confidence must be one of: ${CONFIDENCE_LEVELS.join(', ')}`;
  const monthNotes = monthPairs('month-note', values['month-note']);
  if (typeof monthNotes === 'string') return monthNotes;
  const monthSources = monthPairs('month-source', values['month-source']);
  if (typeof monthSources === 'string') return monthSources;
  for (const [month, url] of monthSources) {
    const problem = cellProblem(url, columnOf(fsaReleases, 'source_url'));
    if (problem !== null) return `--month-source ${month}: "${url}" ${problem}`;
  }
  return {
    file: positionals[0] ?? '',
    release,
    source,
    confidence: level,
    note: values.note,
    monthNotes,
    monthSources,
    sheet: values.sheet ?? null,
    dataDir: values.data,
    dryRun: values['dry-run'],
  };
}
