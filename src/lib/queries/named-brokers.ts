import type { Db } from '$lib/db/db';
import type { BrokerRow } from '$lib/schema';

export interface NamedBrokerStep extends BrokerRow {
  /** Firms publicly named on or before this firm's first_reported date. */
  readonly cumulative: number;
}

/** Every named broker in order of first public report, with the running count of named firms. */
export function namedBrokersOverTime(db: Db): Promise<NamedBrokerStep[]> {
  return db.query<NamedBrokerStep>(`
    SELECT *, count(*) OVER (ORDER BY first_reported RANGE UNBOUNDED PRECEDING) AS cumulative
    FROM brokers
    ORDER BY first_reported, broker_en`);
}
