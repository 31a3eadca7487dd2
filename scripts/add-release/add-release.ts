import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CsvFile } from '$lib/db/load-dataset';
import { readDataFiles } from '$lib/db/node-dataset';
import { describeIssue, type ValidationIssue } from '$lib/ingest/issue';
import { parseCsv } from '$lib/ingest/parse-csv';
import { fsaMonthly, fsaReleases } from '$lib/schema';
import { checkDataset } from './check-dataset';
import { insertRows } from './csv-text';
import { inWords } from './in-words';
import { readOptions, USAGE, type AddReleaseOptions } from './options';
import { readGrids } from './read-grid';
import { releaseRows } from './release-rows';
import { checkLines, monthsTable, releaseLines, revisionLines } from './report';
import { readPublishedTable, type PublishedTable } from './table-figures';

/** What the command printed and how it ended: 0 done, 1 refused (nothing written), 2 misused. */
export interface CommandResult {
  readonly exitCode: 0 | 1 | 2;
  readonly output: readonly string[];
  readonly errors: readonly string[];
}

class Refusal extends Error {}

const refuse = (...lines: string[]): never => {
  throw new Refusal(['Refused; nothing was written.', ...lines].join('\n'));
};

const NO_TABLE =
  'no FSA table found: neither a row of months (2025年4月, …) with one row per figure, nor a column of months with one column per figure';

const releaseIdsIn = (file: CsvFile) => {
  const [header, ...rows] = parseCsv(file.name, file.text).rows;
  const column = header?.cells.indexOf('release_id') ?? -1;
  return new Set(rows.map((row) => row.cells[column] ?? ''));
};

function fileOf(files: readonly CsvFile[], name: string): CsvFile {
  return files.find((file) => file.name === name) ?? refuse(`${name} is missing`);
}

async function readTable(options: AddReleaseOptions, output: string[]): Promise<PublishedTable> {
  const bytes = await readFile(options.file).catch((error: NodeJS.ErrnoException) =>
    refuse(
      `${options.file}: ${error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.message})`}`,
    ),
  );
  const grids = await readGrids(options.file, new Uint8Array(bytes), options.sheet);
  if ('problem' in grids) return refuse(`${options.file}: ${grids.problem}`);
  // A workbook's first sheet that holds the table; a problem in it is the file's problem.
  const read = grids.map((grid) => ({ grid, table: readPublishedTable(grid) }));
  const found = read.find(({ table }) => !('problem' in table) || table.problem !== null);
  if (found === undefined || 'problem' in found.table) {
    const problem = found !== undefined && 'problem' in found.table ? found.table.problem : null;
    return refuse(`${options.file}: ${problem === null ? NO_TABLE : inWords(problem)}`);
  }
  const { grid, table } = found;
  const span = `${table.months[0]?.month} to ${table.months.at(-1)?.month}`;
  const layout = table.layout === 'wide' ? 'wide (months across)' : 'long (months down)';
  output.push(
    `Read ${options.file} (${grid.readAs}): the FSA's table, ${layout}, ${table.months.length} months, ${span}` +
      (Object.keys(table.totals).length > 0
        ? ', with stated totals (合計).'
        : ', no stated totals.'),
    ...table.notes.map((note) => `  note: ${inWords(note)}`),
  );
  return table;
}

function unknownMonths(options: AddReleaseOptions, table: PublishedTable): string[] {
  const months = new Set(table.months.map((month) => month.month));
  return [...options.monthNotes.keys(), ...options.monthSources.keys()].filter(
    (month) => !months.has(month),
  );
}

const issueLines = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) => `  ${describeIssue(issue)}`);

async function run(options: AddReleaseOptions, output: string[]): Promise<void> {
  const files = await readDataFiles(options.dataDir).catch((error: Error) =>
    refuse(`the data folder ${options.dataDir} cannot be read: ${error.message}`),
  );
  const releases = fileOf(files, fsaReleases.file);
  const monthly = fileOf(files, fsaMonthly.file);
  if (releaseIdsIn(releases).has(options.release) || releaseIdsIn(monthly).has(options.release)) {
    refuse(
      `release ${options.release} is already in ${options.dataDir}; take its rows out first to replace it`,
    );
  }
  const table = await readTable(options, output);
  const unknown = unknownMonths(options, table);
  if (unknown.length > 0)
    refuse(
      `--month-note/--month-source name months the table does not have: ${unknown.join(', ')}`,
    );
  const rows = releaseRows(options.file, table, options);
  if ('issues' in rows)
    refuse(`${options.file} has cells that break the schema:`, ...issueLines(rows.issues));
  if ('issues' in rows) return;
  const newReleases = insertRows(releases.name, releases.text, [rows.release]);
  const newMonthly = insertRows(monthly.name, monthly.text, rows.monthly);
  const changed = files.map((file) =>
    file === releases
      ? { ...file, text: newReleases.text }
      : file === monthly
        ? { ...file, text: newMonthly.text }
        : file,
  );
  const verdict = await checkDataset(changed, options.release);
  if ('issues' in verdict)
    refuse(
      'the data with this release breaks the schema or the data check:',
      ...issueLines(verdict.issues),
    );
  if ('issues' in verdict) return;
  const release = rows.release;
  output.push(
    '',
    ...releaseLines(release),
    '',
    `Months (${rows.monthly.length} rows):`,
    ...monthsTable(rows.monthly),
    '',
    ...revisionLines(verdict.changes),
    '',
    ...checkLines(verdict.check),
    '',
    'Schema and data check: passed (all tables loaded into DuckDB as the build loads them).',
  );
  const where = (file: string, insertion: { firstLine: number; lastLine: number }) =>
    `${path.join(options.dataDir, file)} (${insertion.firstLine === insertion.lastLine ? `line ${insertion.firstLine}` : `lines ${insertion.firstLine}–${insertion.lastLine}`})`;
  const places = `${where(releases.name, newReleases)} and ${where(monthly.name, newMonthly)}`;
  if (options.dryRun) {
    output.push(`Dry run: nothing written. Would write ${places}.`);
    return;
  }
  await writeBoth(options.dataDir, [
    [releases.name, newReleases.text],
    [monthly.name, newMonthly.text],
  ]);
  output.push(`Wrote ${places}.`);
}

/** Both files written beside their targets first, then renamed over them. */
async function writeBoth(dir: string, files: readonly (readonly [string, string])[]) {
  const staged = files.map(([name, text]) => [path.join(dir, name), text] as const);
  await Promise.all(staged.map(([target, text]) => writeFile(`${target}.adding`, text)));
  for (const [target] of staged) await rename(`${target}.adding`, target);
}

/** `npm run add-release -- …`, as a function of its arguments. */
export async function addRelease(argv: readonly string[]): Promise<CommandResult> {
  const options = readOptions(argv);
  if (typeof options === 'string') return { exitCode: 2, output: [], errors: [options, '', USAGE] };
  const output: string[] = [];
  try {
    await run(options, output);
    return { exitCode: 0, output, errors: [] };
  } catch (error) {
    if (error instanceof Refusal) return { exitCode: 1, output, errors: [error.message] };
    throw error;
  }
}
