import type { EventCategory } from '$lib/schema/context-tables';
import { labelRows, splitInTwo, type LabelSpot } from './event-labels';
import type { TipContent } from './tooltip.svelte';

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

export interface LaneMark extends ChartEvent {
  x: number;
  /** Top of the marker, in the lane's coordinates (negative: above the plot's own margin). */
  y: number;
  /** Where the marker's rule down to the plot begins: its label, or the marker itself. */
  ruleTop: number;
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
  marks: LaneMark[];
  labels: LaneLabel[];
  /** How much taller the chart grows; the strip spans y = -height … 0. */
  height: number;
}

const MARK_SPACING = 6;
const MAX_ROWS = 5;
const MARK_ROW = 9;
const LINE = 12;
const PADDING = 6;

/** Where a day falls inside its month's band on a monthly axis. */
export function dayPosition(date: string, center: number, step: number): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return center - step / 2 + (step * (day - 0.5)) / days;
}

/**
 * Greedy rows: each mark goes in the lowest row where it keeps clear of the row's last mark
 * (marks may overlap a little; their outline keeps them apart). Past MAX_ROWS, a mark joins the
 * row where it overlaps least, so a crowded month on a phone stays a short stack.
 */
function markRows(xs: readonly number[]): number[] {
  const rowEnds: number[] = [];
  return xs.map((x) => {
    let row = rowEnds.findIndex((end) => x - end >= MARK_SPACING);
    if (row === -1 && rowEnds.length < MAX_ROWS) row = rowEnds.push(x) - 1;
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = x;
    return row;
  });
}

/**
 * Lays out events over a chart whose months sit at `x(month)` and are `step` wide, `width` in all;
 * events keep inside the plot, labels inside the chart.
 */
export function eventLane(
  events: readonly ChartEvent[],
  x: (month: string) => number | undefined,
  step: number,
  plot: { left: number; right: number },
  width: number,
): Lane {
  const bounds = { left: 4, right: width - 4 };
  const shown = events.flatMap((event) => {
    const center = x(event.month);
    if (center === undefined) return [];
    const at = dayPosition(event.date, center, step);
    return [{ event, x: Math.min(plot.right, Math.max(plot.left, at)) }];
  });
  if (shown.length === 0) return { marks: [], labels: [], height: 0 };
  const rows = markRows(shown.map((item) => item.x));
  const markRowCount = Math.max(...rows) + 1;
  const labelled = shown.flatMap(({ event, x: at }) =>
    event.label ? [{ x: at, text: event.label, date: event.date }] : [],
  );
  // One line each where they fit without crossing; on narrow charts, two lines each.
  const oneLine = labelRows(
    labelled.map((item) => ({ x: item.x, lines: [item.text] })),
    bounds,
  );
  const spots =
    oneLine ??
    labelRows(
      labelled.map((item) => ({ x: item.x, lines: splitInTwo(item.text) })),
      bounds,
    ) ??
    [];
  const rowHeight = (oneLine ? 1 : 2) * LINE + 2;
  const labelRowCount = spots.length ? Math.max(...spots.map((spot) => spot.row)) + 1 : 0;
  const height = labelRowCount * rowHeight + markRowCount * MARK_ROW + PADDING;
  const marksTop = -height + PADDING / 2 + labelRowCount * rowHeight;
  const labels = labelled.flatMap((item, index): LaneLabel[] => {
    const spot: LabelSpot | undefined = spots[index];
    if (!spot) return [];
    const start = spot.left === item.x;
    const y = marksTop - (spot.row * rowHeight + 4);
    return [
      {
        text: item.text,
        lines: spot.lines,
        date: item.date,
        x: start ? item.x + 2 : item.x - 2,
        y,
        top: y - 10 - (spot.lines.length - 1) * LINE,
        anchor: start ? 'start' : 'end',
      },
    ];
  });
  return {
    marks: shown.map(({ event, x: at }, index) => {
      const y = marksTop + (markRowCount - 1 - (rows[index] ?? 0)) * MARK_ROW;
      const label = event.label
        ? labels.find((item) => item.date === event.date && item.text === event.label)
        : undefined;
      return { ...event, x: at, y, ruleTop: label ? label.top : y + MARK_ROW - 2 };
    }),
    labels,
    height,
  };
}
