import type { NamedStep } from '$lib/charts/FirmsTimeline.svelte';
import { sourceHost } from '$lib/format/source-host';
import { t } from '$lib/i18n';
import { namesInOrder } from '$lib/i18n/names';
import type { NamedBrokerStep } from '$lib/queries/named-brokers';

/** One step per first-reported date: every firm first named that day, and the running count. */
export function namedSteps(brokers: readonly NamedBrokerStep[]): NamedStep[] {
  const byDate = new Map<string, NamedBrokerStep[]>();
  for (const broker of brokers) {
    byDate.set(broker.first_reported, [...(byDate.get(broker.first_reported) ?? []), broker]);
  }
  return [...byDate].map(([date, firms]) => ({
    date,
    cumulative: firms[0]?.cumulative ?? 0,
    names: firms.map((firm) => {
      const { name, nameLang, other } = namesInOrder(firm.broker_en, firm.broker_ja);
      // A Japanese reader gets the Japanese name alone: a label cannot mark a part as English.
      return other && nameLang === 'en' ? `${name} (${other})` : name;
    }),
    brokers: firms.map((firm) => firm.broker_en),
    lowConfidence: firms.some((firm) => firm.confidence === 'low'),
    lines: firms.flatMap((firm) =>
      firm.confidence === 'low'
        ? [
            `${namesInOrder(firm.broker_en, firm.broker_ja).name}: ${t.confidenceNote.low}`,
            `${t.chart.source}: ${sourceHost(firm.source_url)}`,
          ]
        : [],
    ),
  }));
}
