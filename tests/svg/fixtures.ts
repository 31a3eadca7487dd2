import type { AmountMonth } from '$lib/charts/AmountBars.svelte';
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
      absent: 'not-published',
    };
  }
  return {
    value,
    release: '2025-05-08',
    confidence,
    source: 'https://example.org/fsa-table',
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    absent: null,
  };
}

/** AmountBars' fixed inputs around its months: amounts in 億円 drawn as ¥bn, plain words. */
export function amountBarsProps(months: AmountMonth[], width: number) {
  return {
    width,
    xTitle: 'Month',
    yTitle: '¥bn',
    toAxis: (oku: number) => oku / 10,
    formatAxis: String,
    formatValue: String,
    mixedLabel: 'mixed releases',
    partialLabel: (period: string) => `covers ${period} only`,
    styles: {
      sell: { key: 'sell' as const, label: 'sell', color: '#0072B2' },
      buy: { key: 'buy' as const, label: 'buy', color: '#D55E00' },
      combined: { key: 'combined' as const, label: 'combined', color: '#333' },
    },
    months,
  };
}
