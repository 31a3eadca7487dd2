import { uploadChartWords as w } from '$lib/i18n';
import type { ChartSpec, NumericAggregate } from '$lib/queries/chart-builder';
import { columnKind, type TableColumn } from '$lib/queries/column-kind';

const AGGREGATES: readonly NumericAggregate[] = ['sum', 'avg', 'min', 'max'];

/** One option of the measure control; `key` is its value in the select. */
export interface MeasureChoice {
  readonly key: string;
  readonly label: string;
  readonly y: ChartSpec['y'];
}

/** Counting rows, then each numeric aggregate of each numeric column (never of text or dates). */
export function measureChoices(columns: readonly TableColumn[]): MeasureChoice[] {
  const numeric = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => columnKind(column.type) === 'number');
  return [
    { key: 'count', label: w.builder.count, y: { aggregate: 'count' } },
    ...numeric.flatMap(({ column, index }) =>
      AGGREGATES.map((aggregate) => ({
        key: `${aggregate}:${index}`,
        label: w.builder.aggregate[aggregate](column.name),
        y: { aggregate, column: column.name },
      })),
    ),
  ];
}

/** The first date column, else the first text column, else the first column: what to draw along. */
export function defaultX(columns: readonly TableColumn[]): string | null {
  const byKind = (kind: string) => columns.find((column) => columnKind(column.type) === kind);
  return (byKind('date') ?? byKind('text') ?? columns[0])?.name ?? null;
}

/** The reader's choices where they still name columns of the table, defaults elsewhere. */
export function resolveSpec(
  columns: readonly TableColumn[],
  chosen: { x: string | null; measure: string; group: string | null },
): { spec: ChartSpec; measure: MeasureChoice } | null {
  const has = (name: string | null) => columns.some((column) => column.name === name);
  const x = has(chosen.x) ? chosen.x : defaultX(columns);
  if (x === null) return null;
  const choices = measureChoices(columns);
  const measure = choices.find((choice) => choice.key === chosen.measure) ?? choices[0];
  if (!measure) return null;
  const group = chosen.group !== x && has(chosen.group) ? chosen.group : null;
  return { spec: { x, y: measure.y, group }, measure };
}

/** Column names made unique for a CSV header: a repeated name gets " (2)", " (3)"… */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n += 1) unique = `${name} (${n})`;
    seen.add(unique);
    return unique;
  });
}
