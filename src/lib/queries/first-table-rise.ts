import type { Db } from '$lib/db/db';

export interface MonthTrades {
  readonly month: string;
  readonly trades: number;
  readonly periodStart: string;
  readonly periodEnd: string;
}

export interface FirstTableRise {
  readonly release: string;
  readonly releaseDate: string | null;
  readonly source: string;
  readonly first: MonthTrades;
  readonly last: MonthTrades;
}

/** The first release's earliest and latest month with a trade count: the story's opening rise. */
export async function firstTableRise(db: Db): Promise<FirstTableRise | null> {
  const rows = await db.query<
    MonthTrades & { release: string; releaseDate: string | null; source: string }
  >(`
    SELECT m.month, m.fraudulent_trades AS trades, m.period_start AS periodStart,
      m.period_end AS periodEnd, m.release_id AS release, r.release_date AS releaseDate,
      m.source_url AS source
    FROM fsa_monthly m LEFT JOIN fsa_releases r USING (release_id)
    WHERE m.release_id = (SELECT min(release_id) FROM fsa_monthly WHERE fraudulent_trades IS NOT NULL)
      AND m.fraudulent_trades IS NOT NULL
    ORDER BY m.month`);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last || first === last) return null;
  const pick = ({ month, trades, periodStart, periodEnd }: MonthTrades) => ({
    month,
    trades,
    periodStart,
    periodEnd,
  });
  return {
    release: last.release,
    releaseDate: last.releaseDate,
    source: last.source,
    first: pick(first),
    last: pick(last),
  };
}
