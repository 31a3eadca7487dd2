import type { UploadMessage } from '../upload-message';
import { FSA_WIDE_METRICS, metricOfLabel, type FsaWideMetric } from './fsa-metric-label';
import { readMonthHeader } from './fsa-month-header';

type Row = readonly string[];

/** The FSA's table turned into one row per month, and what of it was not turned into rows. */
export interface FsaWidePivot {
  readonly header: string[];
  readonly rows: string[][];
  readonly notes: UploadMessage[];
}

/** The FSA's own layout: months across the top, one row per figure (不正アクセス件数, …). */
export function isFsaWideLayout(rows: readonly Row[]): boolean {
  const [header, ...body] = rows;
  if (header === undefined || readMonthHeader(header[0] ?? '').kind === 'month') return false;
  const headings = header.slice(1).filter((cell) => cell.trim() !== '');
  const kinds = headings.map((cell) => readMonthHeader(cell).kind);
  const months = kinds.filter((kind) => kind === 'month').length;
  const readable = kinds.filter((kind) => kind !== 'unreadable').length;
  const metricRows = body.filter((row) => metricOfLabel(row[0] ?? '') !== null).length;
  return months > 0 && readable * 2 > headings.length && metricRows > 0;
}

const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface MonthColumn {
  readonly index: number;
  readonly written: string;
  readonly start: string;
  readonly end: string;
}

function metricRows(
  body: readonly Row[],
  notes: UploadMessage[],
): Map<FsaWideMetric, Row> | UploadMessage {
  const found = new Map<FsaWideMetric, Row>();
  for (const row of body) {
    const label = (row[0] ?? '').trim();
    const metric = metricOfLabel(label);
    if (metric === null) notes.push({ code: 'fsa-row-skipped', label });
    else if (found.has(metric))
      return {
        code: 'fsa-duplicate-figure',
        first: (found.get(metric)?.[0] ?? '').trim(),
        second: label,
      };
    else found.set(metric, row);
  }
  return found;
}

function monthColumns(
  header: Row,
  body: readonly Row[],
  year: number | undefined,
  notes: UploadMessage[],
): MonthColumn[] | UploadMessage {
  const columns: MonthColumn[] = [];
  const withoutYear: string[] = [];
  for (let index = 1; index < header.length; index += 1) {
    const written = (header[index] ?? '').trim();
    const hasFigures = body.some((row) => (row[index] ?? '').trim() !== '');
    if (written === '') {
      if (hasFigures) return { code: 'fsa-figures-without-month', column: index + 1 };
      continue;
    }
    const read = readMonthHeader(written);
    if (read.kind === 'total') notes.push({ code: 'fsa-total-column', column: written });
    else if (read.kind === 'span') notes.push({ code: 'fsa-span-column', column: written });
    else if (read.kind === 'unreadable') return { code: 'fsa-unreadable-month', column: written };
    else {
      const columnYear = read.year ?? year;
      if (columnYear === undefined) {
        withoutYear.push(written);
        continue;
      }
      const lastDay = daysIn(columnYear, read.month);
      if (read.endDay !== null && (read.endDay < 1 || read.endDay > lastDay))
        return { code: 'fsa-no-such-day', column: written };
      const end = isoDate(columnYear, read.month, read.endDay ?? lastDay);
      columns.push({ index, written, start: isoDate(columnYear, read.month, 1), end });
    }
  }
  if (withoutYear.length > 0) return { code: 'fsa-no-year', columns: withoutYear };
  return columns;
}

/**
 * Turns the FSA's table into one row per month: month as written in the header, the days it
 * covers, and each figure's cell exactly as written ("1,422件", "約131億円"). `year` is for headers
 * that give only the month (2月).
 */
export function pivotFsaWide(
  rows: readonly Row[],
  options: { year?: number } = {},
): FsaWidePivot | { problem: UploadMessage } {
  const [header = [], ...body] = rows;
  const notes: UploadMessage[] = [];
  const metrics = metricRows(body, notes);
  if (!(metrics instanceof Map)) return { problem: metrics };
  const columns = monthColumns(header, body, options.year, notes);
  if (!Array.isArray(columns)) return { problem: columns };
  const beyond = body.filter((row) => row.slice(header.length).some((cell) => cell.trim() !== ''));
  if (beyond.length > 0) notes.push({ code: 'fsa-beyond-heading', rows: beyond.length });
  const present = FSA_WIDE_METRICS.filter((metric) => metrics.has(metric));
  return {
    header: ['month', 'period_start', 'period_end', ...present],
    rows: columns.map((column) => [
      column.written,
      column.start,
      column.end,
      ...present.map((metric) => metrics.get(metric)?.[column.index] ?? ''),
    ]),
    notes,
  };
}
