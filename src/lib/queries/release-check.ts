import type { Db } from '$lib/db/db';

/** Each monthly metric beside the running total a release stated for it. */
export const CHECKED_METRICS = [
  { metric: 'unauthorized_access', total: 'total_unauthorized_access', rounded: false },
  { metric: 'fraudulent_trades', total: 'total_fraudulent_trades', rounded: false },
  { metric: 'sell_oku_yen', total: 'total_sell_oku_yen', rounded: true },
  { metric: 'buy_oku_yen', total: 'total_buy_oku_yen', rounded: true },
  { metric: 'sell_buy_oku_yen', total: 'total_sell_buy_oku_yen', rounded: true },
] as const;
export type CheckedMetric = (typeof CHECKED_METRICS)[number]['metric'];

/** Up to this much (億円) per rounded (約) figure, summed, is rounding rather than a difference. */
export const ROUNDING_PER_FIGURE = 0.5;

export type CheckResult =
  | {
      readonly status: 'matches' | 'differs';
      readonly summed: number;
      readonly stated: number;
      /** summed − stated; non-zero on a match only within rounding. */
      readonly difference: number;
      readonly tolerance: number;
    }
  | { readonly status: 'cannot-check'; readonly stated: number; readonly missingMonths: string[] }
  | { readonly status: 'not-stated' };

export interface ReleaseCheck {
  readonly release_id: string;
  readonly release_date: string | null;
  readonly span_start: string;
  readonly span_end: string;
  readonly checks: Readonly<Record<CheckedMetric, CheckResult>>;
}

interface CheckSums {
  release_id: string;
  release_date: string | null;
  span_start: string;
  span_end: string;
  metric: CheckedMetric;
  stated: number | null;
  summed: number | null;
  /** How many rounded figures went into `summed`. */
  figures: number | null;
  /** Comma-separated YYYY-MM months of the span without a figure inside it. */
  missing: string | null;
}

/**
 * One row per month of each release's span, with that release's figures for it. A row counts
 * only if its period lies inside the span, so a span ending on 16 April takes the 1–16 April row.
 * A month's sell + buy is its combined figure, or else its sell and buy added (two rounded
 * figures) when both were published.
 */
const SPAN_FIGURES_SQL = `
  span_months AS (
    SELECT release_id, strftime(unnest(generate_series(date_trunc('month', span_start),
      date_trunc('month', span_end), INTERVAL 1 MONTH)), '%Y-%m') AS month
    FROM fsa_releases),
  inside_span AS (
    SELECT m.* FROM fsa_monthly m JOIN fsa_releases r USING (release_id)
    WHERE m.period_start >= r.span_start AND m.period_end <= r.span_end),
  figures AS (
    SELECT release_id, month, unauthorized_access, fraudulent_trades, sell_oku_yen, buy_oku_yen,
      coalesce(sell_buy_oku_yen, sell_oku_yen + buy_oku_yen) AS sell_buy_oku_yen,
      CASE WHEN sell_buy_oku_yen IS NULL THEN 2 ELSE 1 END AS sell_buy_oku_yen_figures
    FROM span_months LEFT JOIN inside_span USING (release_id, month))`;

function sumsSql(): string {
  const perMetric = CHECKED_METRICS.map(
    ({ metric, total }) => `
    SELECT r.release_id, '${metric}' AS metric, r.${total} AS stated, f.summed, f.figures, f.missing
    FROM fsa_releases r LEFT JOIN (
      SELECT release_id, sum(${metric}) AS summed,
        sum(${metric === 'sell_buy_oku_yen' ? 'sell_buy_oku_yen_figures' : '1'})
          FILTER (WHERE ${metric} IS NOT NULL) AS figures,
        string_agg(month, ',' ORDER BY month) FILTER (WHERE ${metric} IS NULL) AS missing
      FROM figures GROUP BY release_id) f USING (release_id)`,
  );
  return `WITH ${SPAN_FIGURES_SQL},
  sums AS (${perMetric.join('\n    UNION ALL')})
  SELECT r.release_id, r.release_date, r.span_start, r.span_end, s.metric, s.stated, s.summed,
    s.figures, s.missing
  FROM fsa_releases r JOIN sums s USING (release_id)
  ORDER BY r.release_id`;
}

/** Sums of one-decimal figures, without the float noise that adding them leaves. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/** Compares a stated total with the sum of the monthly figures behind it. */
export function judgeTotal(
  stated: number | null,
  summed: number | null,
  missingMonths: string[],
  tolerance: number,
): CheckResult {
  if (stated === null) return { status: 'not-stated' };
  if (summed === null || missingMonths.length > 0) {
    return { status: 'cannot-check', stated, missingMonths };
  }
  const difference = hundredths(summed - stated);
  const status = Math.abs(difference) <= tolerance ? 'matches' : 'differs';
  return { status, summed: hundredths(summed), stated, difference, tolerance };
}

function resultOf(row: CheckSums): CheckResult {
  const rounded = CHECKED_METRICS.find((entry) => entry.metric === row.metric)?.rounded;
  const tolerance = rounded ? ROUNDING_PER_FIGURE * (row.figures ?? 0) : 0;
  const missing = row.missing ? row.missing.split(',') : [];
  return judgeTotal(row.stated, row.summed, missing, tolerance);
}

/**
 * For every release, whether each running total it stated equals the sum of its own monthly
 * figures over the span: counts exactly, amounts within rounding. Oldest release first.
 */
export async function releaseChecks(db: Db): Promise<ReleaseCheck[]> {
  const rows = await db.query<CheckSums>(sumsSql());
  const releaseIds = [...new Set(rows.map((row) => row.release_id))];
  return releaseIds.flatMap((releaseId) => {
    const ofRelease = rows.filter((row) => row.release_id === releaseId);
    const first = ofRelease[0];
    if (!first) return [];
    const checks = Object.fromEntries(
      CHECKED_METRICS.map(({ metric }) => {
        const row = ofRelease.find((candidate) => candidate.metric === metric);
        return [metric, row ? resultOf(row) : judgeTotal(null, null, [], 0)];
      }),
    ) as Record<CheckedMetric, CheckResult>;
    const { release_id, release_date, span_start, span_end } = first;
    return [{ release_id, release_date, span_start, span_end, checks }];
  });
}
