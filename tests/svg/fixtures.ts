import type { Figure } from '$lib/queries/monthly-metrics';

/** A figure as a release published it, for fixed chart inputs. */
export function figure(
  value: number | null,
  confidence: Figure['confidence'] = 'high',
  period: [string, string] | null = null,
): Figure {
  if (value === null) {
    return {
      value,
      release: null,
      confidence: null,
      source: null,
      periodStart: null,
      periodEnd: null,
    };
  }
  return {
    value,
    release: '2025-05-08',
    confidence,
    source: 'https://example.org/fsa-table',
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
  };
}
