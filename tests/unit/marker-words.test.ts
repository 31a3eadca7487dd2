import { afterEach, describe, expect, it } from 'vitest';
import { eventLane, type ChartEvent } from '$lib/charts/event-lane';
import { markerName } from '$lib/charts/marker-words';
import { annotationWords } from '$lib/i18n';
import { setLanguage } from '$lib/i18n/language.svelte';

afterEach(() => setLanguage('en'));

const event = (date: string, title: string): ChartEvent => ({
  date,
  month: date.slice(0, 7),
  category: 'regulator',
  title,
  tip: { title: date, lines: [] },
  label: null,
});
const EVENTS = [event('2025-04-16', 'First'), event('2025-04-18', 'Second')];

/** Both events in one marker: a chart too narrow to keep them apart. */
const group = () => {
  const [marker] = eventLane(EVENTS, () => 100, 10, { left: 0, right: 200 }, 224).markers;
  if (!marker) throw new Error('no marker');
  return marker;
};

describe('a marker’s accessible name', () => {
  it('names a group by its count, its days and every event, in the reader’s language', () => {
    expect(markerName(group(), annotationWords)).toBe('2 events, 16–18 Apr 2025: First; Second');
    setLanguage('ja');
    expect(markerName(group(), annotationWords)).toBe(
      '出来事2件（2025年4月16日〜18日）：First。Second',
    );
    setLanguage('en');
    expect(markerName(group(), annotationWords)).toBe('2 events, 16–18 Apr 2025: First; Second');
  });

  it('is the event’s own title for a single event', () => {
    const [marker] = eventLane(
      EVENTS.slice(0, 1),
      () => 100,
      10,
      { left: 0, right: 200 },
      224,
    ).markers;
    expect(marker && markerName(marker, annotationWords)).toBe('First');
  });
});
