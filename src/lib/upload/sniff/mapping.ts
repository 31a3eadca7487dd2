import type { ColumnKind } from '$lib/schema';
import type { ColumnMapping, MappingSuggestion, UploadTargetName } from '../types';
import { unitFromHeader } from './amount-unit';
import { isFullDateLike, isMonthLike, mostly } from './cell-shape';
import { KNOWN_COLUMNS, normaliseHeader, type KnownColumn } from './header-names';
import { UPLOAD_TARGETS, UPLOAD_TARGET_NAMES } from './upload-targets';

type Sample = readonly (readonly string[])[];

/** A month column does not hold full dates, nor a date column bare months. */
function contentFits(kind: ColumnKind, values: readonly string[]): boolean {
  if (kind === 'month') return !mostly(values, isFullDateLike);
  if (kind === 'date') return !mostly(values, isMonthLike);
  return true;
}

const byExactName = (column: KnownColumn, header: string) => column.exact === header;
const bySynonym = (column: KnownColumn, header: string) => column.names.has(header);

/** How the file's columns map to one table's columns, and how well. */
export function suggestMappingFor(
  table: UploadTargetName,
  headers: readonly string[],
  sample: Sample,
): MappingSuggestion {
  const specs = UPLOAD_TARGETS[table].columns;
  const normalised = headers.map(normaliseHeader);
  const targets: (string | null)[] = headers.map(() => null);
  const taken = new Set<string>();
  // Own names first, so a column called "sell_oku_yen" is not beaten to it by a synonym "sell".
  for (const matches of [byExactName, bySynonym]) {
    normalised.forEach((header, source) => {
      if (targets[source] !== null) return;
      const values = sample.map((row) => row[source] ?? '');
      const column = KNOWN_COLUMNS[table].find(
        (known, index) =>
          !taken.has(known.name) &&
          matches(known, header) &&
          contentFits(specs[index]?.kind ?? 'text', values),
      );
      if (column === undefined) return;
      targets[source] = column.name;
      taken.add(column.name);
    });
  }
  const required = specs.filter((spec) => spec.required);
  const found = required.filter((spec) => taken.has(spec.name)).length;
  const columns: ColumnMapping[] = headers.map((header, source) => {
    const target = targets[source] ?? null;
    const kind = specs.find((spec) => spec.name === target)?.kind;
    return { source, target, unit: kind === 'oku_yen' ? unitFromHeader(header) : null };
  });
  return { table, score: required.length === 0 ? 1 : found / required.length, columns };
}

const matchedCount = (suggestion: MappingSuggestion) =>
  suggestion.columns.filter((column) => column.target !== null).length;

/**
 * Required columns a file may lack and still be suggested: the reader gives one value for all
 * rows (a release, its confidence and source), or takes whole months for the period.
 */
const GIVEN_FOR_ALL_ROWS = new Set([
  'release_id',
  'confidence',
  'source_url',
  'period_start',
  'period_end',
]);

function lacksOnlyGivenColumns(suggestion: MappingSuggestion): boolean {
  if (suggestion.table === null) return false;
  const found = new Set(suggestion.columns.map((column) => column.target));
  return UPLOAD_TARGETS[suggestion.table].columns.every(
    (column) => !column.required || found.has(column.name) || GIVEN_FOR_ALL_ROWS.has(column.name),
  );
}

/** The suggestion with the most matched columns, the first of equals. */
const mostMatched = (suggestions: readonly MappingSuggestion[]) =>
  suggestions.reduce<MappingSuggestion | null>(
    (leader, next) =>
      leader === null || matchedCount(next) > matchedCount(leader) ? next : leader,
    null,
  );

/**
 * The known table the file's headers fit: every required column found, most columns matched.
 * Failing that, the table with most matched columns, if at least two and it lacks only columns
 * given for all rows: a pasted FSA table has months and counts but not its release or source.
 * One recognised column alone is not taken as evidence (a "date" column would make almost any
 * file an incidents table), unless the file has only one column.
 */
export function suggestMapping(headers: readonly string[], sample: Sample): MappingSuggestion {
  const enough = Math.min(2, headers.length);
  const suggestions = UPLOAD_TARGET_NAMES.map((table) =>
    suggestMappingFor(table, headers, sample),
  ).filter((suggestion) => matchedCount(suggestion) >= enough);
  const best =
    mostMatched(suggestions.filter((suggestion) => suggestion.score === 1)) ??
    mostMatched(
      suggestions.filter(
        (suggestion) => matchedCount(suggestion) >= 2 && lacksOnlyGivenColumns(suggestion),
      ),
    );
  return (
    best ?? {
      table: null,
      score: 0,
      columns: headers.map((_, source) => ({ source, target: null, unit: null })),
    }
  );
}
