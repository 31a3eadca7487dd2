import type { Db } from '$lib/db/db';
import type { EventRow } from '$lib/schema';

export interface DatedEvent extends EventRow {
  /** The event's month (`YYYY-MM`), the band it falls in on a monthly chart. */
  readonly month: string;
}

/** Every dated event, oldest first; events on the same day keep a stable order. */
export function events(db: Db): Promise<DatedEvent[]> {
  return db.query<DatedEvent>(`
    SELECT strftime(date, '%Y-%m-%d') AS date, strftime(date, '%Y-%m') AS month,
      event_en, event_ja, category, source_url
    FROM events
    ORDER BY date, category, event_en`);
}
