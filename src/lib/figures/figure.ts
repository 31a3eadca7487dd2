import type { Confidence } from '$lib/schema/provenance';

/**
 * Why a month has no figure: its release's row leaves the figure empty ('not-published', as the
 * data's README defines an empty cell), or the release has no row for a month between its first
 * and last ones ('not-in-sources': the FSA's table covered the month, but no source we read quotes
 * it).
 */
export type Absence = 'not-published' | 'not-in-sources';

/** One published number with where it came from. `value` is null where there is no figure. */
export interface Figure {
  readonly value: number | null;
  readonly release: string | null;
  readonly confidence: Confidence | null;
  readonly source: string | null;
  readonly periodStart: string | null;
  readonly periodEnd: string | null;
  /** Why `value` is null; null where there is a value. */
  readonly absent: Absence | null;
}
