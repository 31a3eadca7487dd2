import type { CheckResult, ReleaseCheck } from '$lib/queries/release-check';
import { MONTHLY_METRICS } from '$lib/schema/fsa-tables';
import type { Row } from './release-rows';
import type { PeriodChange, Revision } from './revisions';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const figure = (value: number) => number.format(value);
const signed = (value: number) =>
  (value > 0 ? '+' : value < 0 ? '−' : '±') + figure(Math.abs(value));

/** The release's months as a table, its cells as written to fsa_monthly.csv. */
export function monthsTable(rows: readonly Row[]): string[] {
  const columns = ['month', 'period_start', 'period_end', ...MONTHLY_METRICS];
  const cells = [columns, ...rows.map((row) => columns.map((column) => row[column] || '–'))];
  const widths = columns.map((_, index) =>
    Math.max(...cells.map((line) => line[index]?.length ?? 0)),
  );
  const aligned = (cell: string, index: number) =>
    index < 3 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0);
  return cells.map((line) => `  ${line.map(aligned).join('  ')}`);
}

/** What the release revises, what it publishes first, and the months it adds. */
export function revisionLines(
  revisions: readonly Revision[],
  periods: readonly PeriodChange[],
): string[] {
  const revised = revisions.filter((r) => r.before !== null && r.before !== r.value);
  const unchanged = revisions.filter((r) => r.before !== null && r.before === r.value).length;
  const first = revisions.filter((r) => r.before === null && !r.newMonth);
  const added = [...new Set(revisions.filter((r) => r.newMonth).map((r) => r.month))];
  const lines = [`What it revises (${revised.length} figures; ${unchanged} unchanged):`];
  if (revised.length === 0)
    lines.push('  nothing: no figure differs from the one current before it');
  for (const r of revised) {
    const difference = Math.round((r.value - (r.before ?? 0)) * 100) / 100;
    lines.push(
      `  ${r.month} ${r.metric}: ${figure(r.before ?? 0)} → ${figure(r.value)} (${signed(difference)}), ` +
        `was from ${r.beforeRelease}`,
    );
  }
  if (first.length > 0) {
    lines.push('First figures for months published before:');
    for (const r of first) lines.push(`  ${r.month} ${r.metric}: ${figure(r.value)}`);
  }
  for (const p of periods) {
    lines.push(
      `Period of ${p.month}: now ${p.periodStart} to ${p.periodEnd} ` +
        `(${p.beforeRelease} covered ${p.beforeStart} to ${p.beforeEnd})`,
    );
  }
  lines.push(`Months it adds: ${added.length === 0 ? 'none' : added.join(', ')}`);
  return lines;
}

function checkWords(result: CheckResult): string {
  switch (result.status) {
    case 'not-stated':
      return 'no total stated';
    case 'cannot-check':
      return `stated ${figure(result.stated)}; cannot be checked: no figure for ${result.missingMonths.join(', ')}`;
    default: {
      const sums = `stated ${figure(result.stated)}, the months sum to ${figure(result.summed)}`;
      if (result.status === 'differs') return `${sums}: DIFFERS by ${signed(result.difference)}`;
      return result.difference === 0
        ? `${sums}: matches`
        : `${sums}: matches within rounding (±${figure(result.tolerance)})`;
    }
  }
}

/** Whether each monthly sum matches the total the release stated, as the page's data check says. */
export function checkLines(check: ReleaseCheck | null): string[] {
  if (check === null) return ['Monthly sums against stated totals: the release was not found'];
  return [
    `Monthly sums against its stated totals (${check.span_start} to ${check.span_end}):`,
    ...Object.entries(check.checks).map(([metric, result]) => `  ${metric}: ${checkWords(result)}`),
  ];
}
