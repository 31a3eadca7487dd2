import { describe, expect, it } from 'vitest';
import { eventLane, MARKER_GAP, type ChartEvent } from '$lib/charts/event-lane';

const MONTHS = ['2025-03', '2025-04', '2025-05', '2025-06'];
const event = (date: string, category: ChartEvent['category'], label: string | null = null) => ({
  date,
  month: date.slice(0, 7),
  category,
  title: `${date} ${category}`,
  tip: { title: date, lines: [] },
  label,
});
const EVENTS: ChartEvent[] = [
  event('2025-03-21', 'broker'),
  event('2025-04-03', 'regulator'),
  event('2025-04-16', 'industry'),
  event('2025-04-18', 'regulator', 'First table'),
  event('2025-04-18', 'industry'),
  event('2025-04-22', 'regulator', 'Minister’s request'),
  event('2025-06-30', 'media'),
  event('2026-01-14', 'regulator'),
];

/** The lane over a chart of `width`, months evenly spread over its plot. */
function laneAt(width: number, events: readonly ChartEvent[] = EVENTS) {
  const plot = { left: 60, right: width - 24 };
  const step = (plot.right - plot.left) / MONTHS.length;
  const x = (month: string) => {
    const index = MONTHS.indexOf(month);
    return index === -1 ? undefined : plot.left + step * (index + 0.5);
  };
  return eventLane(events, x, step, plot, width);
}

describe('the event lane above a time chart', () => {
  it.each([1280, 320])('at %i px: every event in the months once, in one marker', (width) => {
    const lane = laneAt(width);
    const dates = lane.markers.flatMap((marker) => marker.events.map((item) => item.date));
    expect(dates).toEqual(EVENTS.slice(0, -1).map((item) => item.date));
    for (const [index, marker] of lane.markers.entries()) {
      const next = lane.markers[index + 1];
      if (next) expect(next.x - marker.x).toBeGreaterThanOrEqual(MARKER_GAP);
      expect(marker.count === null).toBe(marker.events.length === 1);
    }
  });

  it.each([1280, 320])('at %i px: markers stay in the strip, never over the plot', (width) => {
    const lane = laneAt(width);
    expect(lane.height).toBeGreaterThan(0);
    for (const marker of lane.markers) {
      expect(marker.bottom).toBeLessThanOrEqual(0);
      expect(marker.bottom).toBeGreaterThan(-lane.height);
    }
  });

  it('draws rules only for the labelled key events, from their labels down', () => {
    for (const width of [1280, 320]) {
      const lane = laneAt(width);
      expect(lane.labels.map((label) => label.text)).toEqual(['First table', 'Minister’s request']);
      expect(lane.rules).toHaveLength(2);
      for (const [index, rule] of lane.rules.entries()) {
        expect(rule.category).toBe('regulator');
        expect(rule.top).toBe(lane.labels[index]?.top);
        expect(rule.top).toBeLessThan(Math.min(...lane.markers.map((marker) => marker.bottom)));
      }
    }
  });

  it('groups more at 320 px than at 1280 px, and colours a group by its category only when shared', () => {
    const wide = laneAt(1280);
    const narrow = laneAt(320);
    expect(narrow.markers.length).toBeLessThan(wide.markers.length);
    const april = narrow.markers.find((marker) =>
      marker.events.some((item) => item.date === '2025-04-18'),
    );
    expect(april?.events.length).toBeGreaterThan(1);
    expect(april?.category).toBeNull();
    const alone = wide.markers.find((marker) => marker.events[0]?.date === '2025-06-30');
    expect(alone).toMatchObject({ category: 'media', count: null });
  });

  it('is empty, and takes no height, without events in the chart’s months', () => {
    expect(eventLane([], () => 100, 10, { left: 0, right: 200 }, 224)).toEqual({
      markers: [],
      rules: [],
      labels: [],
      height: 0,
    });
  });

  it('returns the same lane when laid out again with the events where they were', () => {
    const events = [...EVENTS];
    const first = laneAt(1280, events);
    expect(laneAt(1280, events)).toBe(first);
    expect(laneAt(1279, events)).not.toBe(first);
    // The same events elsewhere are laid out afresh, not given another chart's lane.
    expect(laneAt(1280, [...EVENTS])).not.toBe(first);
    expect(laneAt(1280, [...EVENTS])).toEqual(first);
  });

  it('keys a marker by its first event, and keeps its events while its group stays', () => {
    const events = [...EVENTS];
    const wide = laneAt(1280, events);
    const narrow = laneAt(320, events);
    const again = laneAt(1279, events);
    for (const marker of again.markers) {
      const before = wide.markers.find((other) => other.key === marker.key);
      expect(before?.events).toBe(marker.events);
      expect(before?.x).not.toBe(marker.x);
    }
    for (const lane of [wide, narrow]) {
      for (const marker of lane.markers) {
        expect(events[marker.key]).toBe(marker.events[0]);
        expect(marker.dates).toBe(
          marker.events.map((item) => `${item.date}:${item.category}`).join(' '),
        );
      }
    }
    // On the narrow chart a marker takes in more events than it has on the wide one, keeping its key.
    const grown = narrow.markers.filter((marker) => {
      const wider = wide.markers.find((other) => other.key === marker.key);
      return wider && wider.events.length < marker.events.length;
    });
    expect(grown.length).toBeGreaterThan(0);
  });
});
