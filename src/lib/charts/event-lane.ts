import type { EventCategory } from '$lib/schema/context-tables';
import { labelRows, splitInTwo, type LabelSpot } from './event-labels';
import { groupMarkers } from './marker-groups';
import type { TipContent } from './tooltip.svelte';
import { STACKED_LINE, stackedLineY } from './stacked-text';

/** A dated event as a chart draws it; the words are the view's, already in the reader's language. */
export interface ChartEvent {
  date: string;
  month: string;
  category: EventCategory;
  /** The marker's accessible name: date, category and description. */
  title: string;
  tip: TipContent;
  /** A short label drawn on the chart, for the few key events only. */
  label: string | null;
}

/** One marker in the lane: an event, or several that would collide at the chart's width. */
export interface LaneMarker {
  /**
   * The marker from one redraw to the next: its first event's place among the chart's events. A
   * group that gains or loses events when the axis changes stays the same marker, and only changes.
   */
  key: number;
  /** The same array in every redraw that keeps the group, so that words made of it can be kept. */
  events: readonly ChartEvent[];
  /** Each event's `date:category`, space-separated (the marker's `data-events`). */
  dates: string;
  /** Where each event falls, in the order of `events`. */
  xs: number[];
  x: number;
  /** The category its events share, or null where they mix. */
  category: EventCategory | null;
  /** The outline: a triangle for one event, a badge with its count for several. */
  shape: string;
  /** Where a group's count is written, null for a single event. */
  count: { x: number; y: number } | null;
  /** The bottom of the marker, where its list opens. */
  bottom: number;
}

/** The rule of a labelled key event, down from its label through the plot. */
export interface KeyRule {
  x: number;
  top: number;
  category: EventCategory;
}

export interface LaneLabel {
  text: string;
  /** The label's lines, the last on the baseline `y`. */
  lines: string[];
  date: string;
  x: number;
  y: number;
  /** The top of the label's first line, where its leader line begins. */
  top: number;
  anchor: 'start' | 'end';
}

/** The strip above a time chart that holds its event markers and key labels. */
export interface Lane {
  markers: LaneMarker[];
  rules: KeyRule[];
  labels: LaneLabel[];
  /** How much taller the chart grows; the strip spans y = -height … 0. */
  height: number;
}

/** The closest two markers' centres come; a two-digit badge is 21 wide. */
export const MARKER_GAP = 22;
const MARKER_HEIGHT = 18;
const BADGE_HEIGHT = 14;
const SHARED_RULE = 6;
const PADDING = 6;

/** A date's day within its month, and the month's length: parsed once per date. */
const dayOfMonth = new Map<string, { day: number; days: number }>();

/** Where a day falls inside its month's band on a monthly axis. */
export function dayPosition(date: string, center: number, step: number): number {
  let known = dayOfMonth.get(date);
  if (!known) {
    const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
    known = { day, days: new Date(Date.UTC(year, month, 0)).getUTCDate() };
    dayOfMonth.set(date, known);
  }
  return center - step / 2 + (step * (known.day - 0.5)) / known.days;
}

interface KeyItem {
  x: number;
  texts: string[];
  date: string;
  category: EventCategory;
}

/**
 * Key events closer than SHARED_RULE (days apart on a phone) share one rule, where they fall on
 * average, and one label with a line for each.
 */
function sharedRules(items: readonly KeyItem[]): KeyItem[] {
  const merged: (KeyItem & { xs: number[] })[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    if (last && item.x - (last.xs.at(-1) ?? last.x) < SHARED_RULE) {
      last.xs.push(item.x);
      last.texts = [...last.texts, ...item.texts];
      last.x = last.xs.reduce((sum, at) => sum + at, 0) / last.xs.length;
    } else merged.push({ ...item, xs: [item.x] });
  }
  return merged.map(({ x, texts, date, category }) => ({ x, texts, date, category }));
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A downward triangle whose tip is at the marker's bottom. */
function triangle(x: number, top: number): string {
  return `M${round(x - 6)},${round(top + 6)}h12l-6,${MARKER_HEIGHT - 6}z`;
}

/** A rounded badge wide enough for `count`, pointing down at the marker's bottom. */
function badge(x: number, top: number, count: number): string {
  const width = 9 + 6 * String(count).length;
  const side = (width - 6) / 2 - 3;
  const r = 3;
  const tip = MARKER_HEIGHT - BADGE_HEIGHT;
  return (
    `M${round(x - width / 2 + r)},${round(top)}h${width - 2 * r}a${r},${r} 0 0 1 ${r},${r}` +
    `v${BADGE_HEIGHT - 2 * r}a${r},${r} 0 0 1 -${r},${r}h-${side}l-3,${tip}l-3,-${tip}h-${side}` +
    `a${r},${r} 0 0 1 -${r},-${r}v-${BADGE_HEIGHT - 2 * r}a${r},${r} 0 0 1 ${r},-${r}z`
  );
}

/** What stays the same for a group of events however the chart is drawn. */
interface EventGroup {
  key: number;
  events: readonly ChartEvent[];
  dates: string;
  category: EventCategory | null;
}

function eventGroup(key: number, events: readonly ChartEvent[]): EventGroup {
  const categories = new Set(events.map((event) => event.category));
  const [only] = categories;
  return {
    key,
    events,
    dates: events.map((event) => `${event.date}:${event.category}`).join(' '),
    category: categories.size === 1 && only ? only : null,
  };
}

function marker(
  { key, events, dates, category }: EventGroup,
  xs: number[],
  x: number,
  top: number,
): LaneMarker {
  const single = events.length === 1;
  return {
    key,
    events,
    dates,
    xs,
    x,
    category,
    shape: single ? triangle(x, top) : badge(x, top, events.length),
    count: single ? null : { x: round(x), y: round(top + BADGE_HEIGHT / 2 + 4) },
    bottom: top + MARKER_HEIGHT,
  };
}

/**
 * What a chart's events array keeps between redraws: its last lane with the inputs it was laid out
 * from, and its groups. A redraw with the same positions returns the same lane, so nothing drawn
 * from it updates; a redraw that keeps a group keeps its marker's words.
 */
interface LaneMemory {
  inputs: string;
  lane: Lane;
  groups: Map<string, EventGroup>;
}
const memories = new WeakMap<readonly ChartEvent[], LaneMemory>();

function memoryOf(events: readonly ChartEvent[]): LaneMemory {
  let memory = memories.get(events);
  if (!memory) {
    memory = {
      inputs: '',
      lane: { markers: [], rules: [], labels: [], height: 0 },
      groups: new Map(),
    };
    memories.set(events, memory);
  }
  return memory;
}

/**
 * Lays out events over a chart whose months sit at `x(month)` and are `step` wide, `width` in all:
 * one row of markers inside the plot's width, events that would collide there grouped, and above
 * it the labels of the key events, inside the chart. Laid out again with the events where they
 * were, it returns the lane it returned before.
 */
export function eventLane(
  events: readonly ChartEvent[],
  x: (month: string) => number | undefined,
  step: number,
  plot: { left: number; right: number },
  width: number,
): Lane {
  const shown = events.flatMap((event, index) => {
    const center = x(event.month);
    if (center === undefined) return [];
    const at = dayPosition(event.date, center, step);
    return [{ event, index, x: Math.min(plot.right, Math.max(plot.left, at)) }];
  });
  const positions = shown.map((item) => `${item.index}:${item.x}`).join(' ');
  const inputs = `${plot.left} ${plot.right} ${width}|${positions}`;
  const memory = memoryOf(events);
  if (memory.inputs !== inputs) {
    memory.lane = layOut(shown, plot, width, memory.groups);
    memory.inputs = inputs;
  }
  return memory.lane;
}

interface ShownEvent {
  event: ChartEvent;
  /** Its place in the chart's events. */
  index: number;
  x: number;
}

function layOut(
  shown: readonly ShownEvent[],
  plot: { left: number; right: number },
  width: number,
  groups: Map<string, EventGroup>,
): Lane {
  if (shown.length === 0) return { markers: [], rules: [], labels: [], height: 0 };
  const placed = groupMarkers(
    shown.map((item) => item.x),
    MARKER_GAP,
    plot,
  );
  const labelled = sharedRules(
    shown.flatMap(({ event, x: at }) =>
      event.label
        ? [{ x: at, texts: [event.label], date: event.date, category: event.category }]
        : [],
    ),
  );
  const bounds = { left: 4, right: width - 4 };
  // One line each where they fit without crossing; on narrow charts, two lines each.
  const oneLine = labelRows(
    labelled.map((item) => ({ x: item.x, lines: item.texts })),
    bounds,
  );
  const spots =
    oneLine ??
    labelRows(
      labelled.map((item) => ({
        x: item.x,
        lines: item.texts.length === 1 ? splitInTwo(item.texts[0] ?? '') : item.texts,
      })),
      bounds,
    ) ??
    [];
  // Rows of labels a little apart, so that each reads as its own.
  const rowHeight = Math.max(0, ...spots.map((spot) => spot.lines.length)) * STACKED_LINE + 5;
  const labelRowCount = spots.length ? Math.max(...spots.map((spot) => spot.row)) + 1 : 0;
  const height = labelRowCount * rowHeight + MARKER_HEIGHT + PADDING;
  const markersTop = -height + PADDING / 2 + labelRowCount * rowHeight;
  const keys = labelled.flatMap((item, index) => {
    const spot: LabelSpot | undefined = spots[index];
    if (!spot) return [];
    const start = spot.left === item.x;
    const y = markersTop - (spot.row * rowHeight + 5);
    const top = stackedLineY(y, spot.lines.length, 0) - 10;
    const label: LaneLabel = {
      text: item.texts.join(' · '),
      lines: spot.lines,
      date: item.date,
      x: start ? item.x + 2 : item.x - 2,
      y,
      top,
      anchor: start ? 'start' : 'end',
    };
    const rule: KeyRule = { x: item.x, top, category: item.category };
    return [{ label, rule }];
  });
  return {
    markers: placed.map((group) => {
      const members = group.members.flatMap((index) => shown[index] ?? []);
      const indices = members.map((item) => item.index).join(' ');
      let kept = groups.get(indices);
      if (!kept) {
        kept = eventGroup(
          members[0]?.index ?? -1,
          members.map((item) => item.event),
        );
        groups.set(indices, kept);
      }
      return marker(
        kept,
        members.map((item) => item.x),
        group.x,
        markersTop,
      );
    }),
    rules: keys.map((key) => key.rule),
    labels: keys.map((key) => key.label),
    height,
  };
}
