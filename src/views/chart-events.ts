import type { ChartEvent } from '$lib/charts/event-lane';
import { keyEventOf } from '$lib/charts/key-events';
import { dateLabel } from '$lib/format/dates';
import { sourceHost } from '$lib/format/source-host';
import type { AnnotationWords } from '$lib/i18n/en-annotations';
import type { DatedEvent } from '$lib/queries/events';
import type { EventCategory } from '$lib/schema/context-tables';

/** Which column describes an event: English now, `event_ja` once the page speaks Japanese. */
export type EventTextField = 'event_en' | 'event_ja';

/** The events of the categories the reader keeps. */
export function shownEvents(
  rows: readonly DatedEvent[] | null,
  hidden: readonly EventCategory[],
): DatedEvent[] {
  return (rows ?? []).filter((row) => !hidden.includes(row.category));
}

/** Events in the words a chart draws them with. */
export function chartEvents(
  rows: readonly DatedEvent[],
  words: AnnotationWords,
  field: EventTextField = 'event_en',
): ChartEvent[] {
  return rows.map((row) => {
    const date = dateLabel(row.date);
    const category = words.category[row.category];
    const key = keyEventOf(row.date, row.category);
    return {
      date: row.date,
      month: row.month,
      category: row.category,
      title: words.marker(date, category, row[field]),
      tip: {
        title: `${date} · ${category}`,
        lines: [row[field], `${words.source}: ${sourceHost(row.source_url)}`],
      },
      label: key ? words.keyLabel[key] : null,
    };
  });
}
