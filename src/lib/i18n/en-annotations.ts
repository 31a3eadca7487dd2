import type { KeyEventId } from '$lib/charts/key-events';
import type { EventCategory } from '$lib/schema/context-tables';
import { countOf } from './plural';

/** The words of the dated events on the time charts; a second language implements this. */
export interface AnnotationWords {
  /** Who acted, as a label. */
  category: Record<EventCategory, string>;
  /** The short labels of the few events named on the chart itself. */
  keyLabel: Record<KeyEventId, string>;
  /** What a marker says to a screen reader and as its tooltip's title. */
  marker: (date: string, category: string, description: string) => string;
  /** The heading of a group's list: how many events, over which days. */
  groupHeading: (count: number, span: string) => string;
  /** A group marker's accessible name: its heading, then every event's `marker` words. */
  groupName: (heading: string, events: readonly string[]) => string;
  filterLegend: string;
  filterHint: string;
  tableCaption: string;
  noneShown: string;
  columns: Record<'date' | 'category' | 'description' | 'source', string>;
  source: string;
}

export const annotationWords: AnnotationWords = {
  category: {
    regulator: 'Regulator',
    broker: 'Broker',
    industry: 'Industry body',
    market: 'Market',
    media: 'Media',
    research: 'Research',
    'law-enforcement': 'Law enforcement',
  },
  keyLabel: {
    firstTable: 'FSA’s first table',
    ministerRequest: 'Minister’s request',
    mfaMandatory: 'MFA made mandatory',
  },
  marker: (date, category, description) => `${date}, ${category}: ${description}`,
  groupHeading: (count, span) => `${countOf('en', count, 'event', 'events')}, ${span}`,
  groupName: (heading, events) => `${heading}: ${events.join('; ')}`,
  filterLegend: 'Events',
  filterHint:
    'Markers above the chart; a number stands for several events. Hover, focus or tap one to list them.',
  tableCaption: 'Events marked on the chart',
  noneShown: 'No events shown: every category is switched off.',
  columns: { date: 'Date', category: 'Who', description: 'What happened', source: 'Source' },
  source: 'Source',
};
