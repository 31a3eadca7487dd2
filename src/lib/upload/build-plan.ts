import { isWebAddress } from '$lib/ingest/cell-rules';
import { normaliseDate, normaliseNumber } from '$lib/ingest/normalise';
import { TABLES, type TableSpec } from '$lib/schema';
import { incidents } from '$lib/schema/incidents';
import { kindCheck, type CheckKind } from './check-kinds';
import { plannedFree, plannedFromSpec, type MonthEdge, type PlannedColumn } from './column-plan';
import type { MergeMode } from './merge-into-table';
import type { AmountUnit, ColumnMapping, Sniffed, UploadTargetName } from './types';
import type { UploadMessage } from './upload-message';

export const UPLOAD_TARGETS: readonly TableSpec[] = [...TABLES, incidents];

export const targetSpec = (name: UploadTargetName | null) =>
  UPLOAD_TARGETS.find((table) => table.name === name) ?? null;

/** What the reader settled in the mapping form. */
export interface UploadChoices {
  readonly target: UploadTargetName | null;
  readonly mode: MergeMode;
  readonly columns: readonly ColumnMapping[];
  /** One value for every row, for a target's required column the file lacks. */
  readonly constants: Readonly<Record<string, string>>;
  /** For columns no table claims: the type they are loaded as. */
  readonly freeKinds: Readonly<Record<number, FreeKind>>;
  /** Each row covers its whole month: the period columns the file lacks come from its month. */
  readonly wholeMonths: boolean;
}

/** Period columns a monthly table can take from its month, and which day of it. */
export const MONTH_PERIOD: Readonly<Record<string, MonthEdge>> = {
  period_start: 'first-day',
  period_end: 'last-day',
};

export type FreeKind = Extract<CheckKind, 'text' | 'number' | 'date'>;

/** The type a free column's sample suggests: a number or a date only where every value is one. */
export function freeKindOf(sample: readonly string[]): FreeKind {
  const filled = sample.filter((cell) => cell.trim() !== '');
  if (filled.length === 0) return 'text';
  if (filled.every((cell) => normaliseNumber(cell).ok)) return 'number';
  if (filled.every((cell) => normaliseDate(cell).ok)) return 'date';
  return 'text';
}

/** What the form starts from: the suggested table, beside the published data, free kinds guessed. */
export function defaultChoices(sniffed: Sniffed): UploadChoices {
  return {
    target: sniffed.suggestion.table,
    mode: 'beside',
    columns: sniffed.suggestion.columns,
    constants: {},
    wholeMonths: false,
    freeKinds: Object.fromEntries(
      sniffed.headers.map((_, index) => [
        index,
        freeKindOf(sniffed.preview.map((row) => row[index] ?? '')),
      ]),
    ),
  };
}

export interface PlanResult {
  readonly plan: PlannedColumn[];
  /** Why the choices cannot be loaded yet; empty when they can. */
  readonly problems: UploadMessage[];
}

/**
 * Names the load itself uses: the line column, working columns (`__line`, `__problem_N`) and the
 * text-as-written columns (`…_original`). DuckDB compares names without case, so these checks do
 * too.
 */
const reserved = (name: string) =>
  name === 'source_line' ||
  name === '__line' ||
  /^__problem_\d+$/.test(name) ||
  name.endsWith('_original');

/** `taken` holds lower-case names. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (
    let suffix = 2;
    taken.has(candidate.toLowerCase()) || reserved(candidate.toLowerCase());
    suffix += 1
  )
    candidate = `${name}_${suffix}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Turns the reader's mapping into the columns of the upload's table, or says what is missing. */
export function buildPlan(headers: readonly string[], choices: UploadChoices): PlanResult {
  const spec = targetSpec(choices.target);
  const problems: UploadMessage[] = [];
  const taken = new Set<string>(spec?.columns.map((column) => column.name.toLowerCase()) ?? []);
  const plan: PlannedColumn[] = [];
  const claimed = new Map<string, string>();
  for (const mapping of choices.columns) {
    const header = headers[mapping.source] ?? `column_${mapping.source + 1}`;
    const column = spec?.columns.find((candidate) => candidate.name === mapping.target);
    if (column) {
      const earlier = claimed.get(column.name);
      if (earlier)
        problems.push({
          code: 'plan-two-columns',
          first: earlier,
          second: header,
          target: column.name,
        });
      claimed.set(column.name, header);
      const unit: AmountUnit | null =
        column.kind === 'oku_yen' ? (mapping.unit ?? 'oku_yen') : null;
      plan.push(plannedFromSpec(column, header, { source: mapping.source, unit }));
    } else {
      const kind = choices.freeKinds[mapping.source] ?? 'text';
      plan.push(plannedFree(uniqueName(header, taken), mapping.source, kind));
    }
  }
  for (const column of spec?.columns ?? []) {
    if (claimed.has(column.name) || !column.required) continue;
    const edge = MONTH_PERIOD[column.name];
    if (choices.wholeMonths && edge && claimed.has('month')) {
      plan.push(plannedFromSpec(column, column.name, { fromMonth: edge }));
      continue;
    }
    const constant = choices.constants[column.name]?.trim() ?? '';
    if (constant === '') {
      problems.push({ code: 'plan-required', column: column.name });
      continue;
    }
    const check = kindCheck(column.kind, null, column.values ?? []);
    const normalised = check.normalise?.(constant);
    const bad = (reason: UploadMessage) =>
      problems.push({ code: 'plan-bad-constant', column: column.name, value: constant, reason });
    if (normalised && !normalised.ok) bad(normalised.reason);
    else if (column.kind === 'url' && !isWebAddress(constant)) bad({ code: 'not-a-web-address' });
    else if (column.values && !column.values.includes(constant))
      bad({ code: 'not-one-of', values: column.values });
    const value = normalised?.ok ? String(normalised.value) : constant;
    plan.push(plannedFromSpec(column, column.name, { constant: value }));
  }
  if (choices.mode !== 'beside' && !TABLES.some((table) => table.name === choices.target))
    problems.push({ code: 'plan-merge-built-in-only' });
  return { plan, problems };
}
