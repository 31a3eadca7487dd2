import { CHECKED_METRICS, type CheckResult, type ReleaseCheck } from '$lib/queries/release-check';
import { MONTHLY_METRICS } from '$lib/schema/fsa-tables';
import type { Row } from './release-rows';
import type { ReleaseChange } from '$lib/queries/release-changes';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const figure = (value: number) => number.format(value);
const signed = (value: number) =>
  (value > 0 ? '+' : value < 0 ? '−' : '±') + figure(Math.abs(value));

/** The release's row: its span, provenance and the totals it stated, as fsa_releases.csv has them. */
export function releaseLines(release: Row): string[] {
  const stated = ['firms_cumulative', ...CHECKED_METRICS.map((checked) => checked.total)];
  return [
    `Release ${release.release_id}: ${release.span_start} to ${release.span_end}, ` +
      `confidence ${release.confidence}, source ${release.source_url}`,
    `  stated (合計): ${stated.map((column) => `${column} ${release[column] || '–'}`).join(', ')}`,
  ];
}

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

/** Months the release counts for other days than the figure before it did (1–16 April → April). */
function periodLines(changes: readonly ReleaseChange[]): string[] {
  const moved = changes.filter(
    (c) =>
      c.previousPeriodStart !== null &&
      (c.previousPeriodStart !== c.periodStart || c.previousPeriodEnd !== c.periodEnd),
  );
  const months = [...new Map(moved.map((c) => [c.month, c])).values()];
  return months.map(
    (c) =>
      `Period of ${c.month}: now ${c.periodStart} to ${c.periodEnd} ` +
      `(${c.previousRelease} covered ${c.previousPeriodStart} to ${c.previousPeriodEnd})`,
  );
}

/** What the release revises, what it publishes first, and the months it adds. */
export function revisionLines(changes: readonly ReleaseChange[]): string[] {
  const compared = changes.filter((c) => c.previousValue !== null);
  const revised = compared.filter((c) => c.previousValue !== c.value);
  const first = changes.filter((c) => c.kind === 'added' && !c.newMonth);
  const added = [...new Set(changes.filter((c) => c.newMonth).map((c) => c.month))];
  const lines = [
    `What it revises (${revised.length} figures; ${compared.length - revised.length} unchanged):`,
  ];
  if (revised.length === 0)
    lines.push('  nothing: no figure differs from the one current before it');
  for (const c of revised) {
    lines.push(
      `  ${c.month} ${c.metric}: ${figure(c.previousValue ?? 0)} → ${figure(c.value)} ` +
        `(${signed(c.difference ?? 0)}), was from ${c.previousRelease}`,
    );
  }
  if (first.length > 0) {
    lines.push('First figures for months published before:');
    for (const c of first) lines.push(`  ${c.month} ${c.metric}: ${figure(c.value)}`);
  }
  lines.push(...periodLines(changes));
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
