import type { Db } from '$lib/db/db';
import type { StockRow } from '$lib/schema';

export interface StockSpikeRow extends StockRow {
  /** volume_on_date / baseline_volume; null where either was not published. */
  readonly volume_ratio: number | null;
}

/** Every reported stock event with its volume against the reported baseline. */
export function stockVolumeSpikes(db: Db): Promise<StockSpikeRow[]> {
  return db.query<StockSpikeRow>(`
    SELECT *, volume_on_date / nullif(baseline_volume, 0) AS volume_ratio
    FROM stocks
    ORDER BY volume_ratio DESC NULLS LAST, event_date NULLS LAST, name_en`);
}
