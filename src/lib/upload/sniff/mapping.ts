import type { ColumnKind } from '$lib/schema';
import { normaliseMonth } from '$lib/ingest/normalise';
import type {
  AmountUnit,
  ColumnMapping,
  MappingSuggestion,
  SuggestedBy,
  UploadTargetName,
} from '../types';
import { unitFromHeader } from './amount-unit';
import { isFullDateLike, isMonthLike, mostly } from './cell-shape';
import { metricOfLabel } from './fsa-metric-label';
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
/** The FSA's figures by the words in their headers: 不正アクセスの件数, 売却額（約・億円）. */
const byFigureWords = (column: KnownColumn, _header: string, written: string) =>
  metricOfLabel(written) === column.name;

type Matcher = (column: KnownColumn, header: string, written: string) => boolean;
const MATCHERS: readonly [Matcher, SuggestedBy][] = [
  [byExactName, 'header'],
  [bySynonym, 'header'],
  [byFigureWords, 'header-words'],
];

/** Every filled value reads as a month (2025年4月, 令和7年4月, 2025/04, R7.4), none as a day. */
function valuesAreMonths(values: readonly string[]): boolean {
  const filled = values.filter((value) => value.trim() !== '');
  return (
    filled.length > 0 &&
    !filled.some(isFullDateLike) &&
    filled.every((value) => normaliseMonth(value).ok)
  );
}

/** The unit of an amount column: its header's, else its units row's (（億円）). */
function amountUnit(header: string, written: string | null | undefined): AmountUnit | null {
  return unitFromHeader(header) ?? (written ? unitFromHeader(written) : null);
}

export interface MappingOptions {
  /** Per column, the unit a units row under the header gives (件, 億円). */
  readonly units?: readonly (string | null)[];
  /** Columns with neither a name nor a value: not offered for mapping. */
  readonly ignored?: ReadonlySet<number>;
}

/** How the file's columns map to one table's columns, and how well. */
export function suggestMappingFor(
  table: UploadTargetName,
  headers: readonly string[],
  sample: Sample,
  options: MappingOptions = {},
): MappingSuggestion {
  const specs = UPLOAD_TARGETS[table].columns;
  const normalised = headers.map(normaliseHeader);
  const targets: (string | null)[] = headers.map(() => null);
  const why: (SuggestedBy | undefined)[] = headers.map(() => undefined);
  const taken = new Set<string>();
  const valuesOf = (source: number) => sample.map((row) => row[source] ?? '');
  const open = (source: number) => targets[source] === null && !options.ignored?.has(source);
  const assign = (source: number, target: string, reason: SuggestedBy) => {
    targets[source] = target;
    why[source] = reason;
    taken.add(target);
  };
  // Own names first, so a column called "sell_oku_yen" is not beaten to it by a synonym "sell".
  for (const [matches, reason] of MATCHERS) {
    normalised.forEach((header, source) => {
      if (!open(source)) return;
      const column = KNOWN_COLUMNS[table].find(
        (known, index) =>
          !taken.has(known.name) &&
          matches(known, header, headers[source] ?? '') &&
          contentFits(specs[index]?.kind ?? 'text', valuesOf(source)),
      );
      if (column !== undefined) assign(source, column.name, reason);
    });
  }
  // A month column is known by its values whatever its header: 発生時期, 期間, Period.
  for (const spec of specs) {
    if (spec.kind !== 'month' || taken.has(spec.name)) continue;
    const source = headers.findIndex((_, index) => open(index) && valuesAreMonths(valuesOf(index)));
    if (source !== -1) assign(source, spec.name, 'values');
  }
  const required = specs.filter((spec) => spec.required);
  const found = required.filter((spec) => taken.has(spec.name)).length;
  const columns: ColumnMapping[] = headers.flatMap((header, source) => {
    if (options.ignored?.has(source)) return [];
    const target = targets[source] ?? null;
    const kind = specs.find((spec) => spec.name === target)?.kind;
    const unit = kind === 'oku_yen' ? amountUnit(header, options.units?.[source]) : null;
    const reason = why[source];
    return [
      reason === undefined ? { source, target, unit } : { source, target, unit, why: reason },
    ];
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
export function suggestMapping(
  headers: readonly string[],
  sample: Sample,
  options: MappingOptions = {},
): MappingSuggestion {
  const enough = Math.min(2, headers.length - (options.ignored?.size ?? 0));
  const suggestions = UPLOAD_TARGET_NAMES.map((table) =>
    suggestMappingFor(table, headers, sample, options),
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
      columns: headers.flatMap((_, source) =>
        options.ignored?.has(source) ? [] : [{ source, target: null, unit: null }],
      ),
    }
  );
}
