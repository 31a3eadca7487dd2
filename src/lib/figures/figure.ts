import type { Confidence } from '$lib/schema/provenance';

/** One published number with where it came from. `value` is null where nothing was published. */
export interface Figure {
  readonly value: number | null;
  readonly release: string | null;
  readonly confidence: Confidence | null;
  readonly source: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
}
