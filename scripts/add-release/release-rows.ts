import { cellProblem } from '$lib/ingest/cell-rules';
import type { ValidationIssue } from '$lib/ingest/issue';
import { normaliseCount, normaliseOkuYen } from '$lib/ingest/normalise';
import { CHECKED_METRICS } from '$lib/queries/release-check';
import { fsaMonthly, fsaReleases, type ColumnSpec, type TableSpec } from '$lib/schema';
import { unitFromHeader } from '$lib/upload/sniff/amount-unit';
import { FSA_WIDE_METRICS, type FsaWideMetric } from '$lib/upload/sniff/fsa-metric-label';
import { inWords } from './in-words';
import type { AddReleaseOptions } from './options';
import type { Figures, PublishedTable, SourceCell } from './table-figures';

export type Row = Readonly<Record<string, string>>;

/** The release's rows for both files, cells as the files write them. */
export interface ReleaseRows {
  readonly release: Row;
  readonly monthly: readonly Row[];
}

/** The release's column for a figure's 合計; that of firms is the firms hit so far, not a sum. */
const totalOf = (metric: FsaWideMetric): string =>
  CHECKED_METRICS.find((checked) => checked.metric === metric)?.total ?? 'firms_cumulative';

const columnOf = (table: TableSpec, name: string): ColumnSpec | undefined =>
  table.columns.find((column) => column.name === name);

/** Turns figures into the files' cells, and says of every cell that will not go why. */
class FigureReader {
  readonly issues: ValidationIssue[] = [];

  constructor(
    private readonly file: string,
    private readonly table: PublishedTable,
  ) {}

  refuse(cell: SourceCell, rule: string): void {
    const column = `${cell.column} (${cell.heading})`;
    this.issues.push({ file: this.file, line: cell.line, column, value: cell.text, rule });
  }

  figure(metric: FsaWideMetric, cell: SourceCell | undefined, spec: ColumnSpec | undefined) {
    if (cell === undefined || spec === undefined) return '';
    const unit = unitFromHeader(this.table.labels[metric] ?? '') ?? 'oku_yen';
    const read =
      spec.kind === 'count' ? normaliseCount(cell.text) : normaliseOkuYen(cell.text, unit);
    if (!read.ok) {
      this.refuse(cell, inWords(read.reason));
      return '';
    }
    const text = String(read.value);
    const problem = cellProblem(text, spec);
    if (problem !== null)
      this.refuse(cell, `read as ${text}, which ${spec.name} refuses: it ${problem}`);
    return text;
  }

  figures(table: TableSpec, figures: Figures, columnName: (metric: FsaWideMetric) => string) {
    return Object.fromEntries(
      FSA_WIDE_METRICS.map((metric) => {
        const name = columnName(metric);
        return [name, this.figure(metric, figures[metric], columnOf(table, name))];
      }),
    );
  }
}

/** The text a month's provenance cell gets: the table's own, else the command's, else the release's. */
function provenance(
  reader: FigureReader,
  cell: SourceCell | null,
  given: string | undefined,
  fallback: string,
  spec: ColumnSpec | undefined,
): string {
  if (cell === null) return given ?? fallback;
  const problem = spec === undefined ? null : cellProblem(cell.text, spec);
  if (problem !== null) reader.refuse(cell, `${spec?.name} ${problem}`);
  return cell.text;
}

/** The release's row and one row per month, or every cell that breaks the schema. */
export function releaseRows(
  file: string,
  table: PublishedTable,
  options: AddReleaseOptions,
): ReleaseRows | { issues: ValidationIssue[] } {
  const reader = new FigureReader(file, table);
  const monthly = table.months.map((month) => ({
    release_id: options.release,
    month: month.month,
    period_start: month.periodStart,
    period_end: month.periodEnd,
    ...reader.figures(fsaMonthly, month.figures, (metric) => metric),
    confidence: options.confidence,
    source_url: provenance(
      reader,
      month.source,
      options.monthSources.get(month.month),
      options.source,
      columnOf(fsaMonthly, 'source_url'),
    ),
    note: provenance(reader, month.note, options.monthNotes.get(month.month), '', undefined),
  }));
  const periods = table.months.flatMap((month) => [month.periodStart, month.periodEnd]).sort();
  const release = {
    release_id: options.release,
    release_date: /^\d{4}-\d{2}-\d{2}$/.test(options.release) ? options.release : '',
    span_start: periods[0] ?? '',
    span_end: periods.at(-1) ?? '',
    ...reader.figures(fsaReleases, table.totals, totalOf),
    confidence: options.confidence,
    source_url: options.source,
    note: options.note,
  };
  const issues = reader.issues.sort((a, b) => a.line - b.line);
  return issues.length > 0 ? { issues } : { release, monthly };
}
