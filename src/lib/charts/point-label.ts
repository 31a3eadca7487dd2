import { splitInTwo } from './event-labels';
import { labelWidth } from './fit-label';

/** Annotations are semi-bold: wider than labelWidth's estimate for regular text. */
export const SEMI_BOLD = 1.15;

/**
 * A label drawn to the left of a point, on one line where `room` pixels hold it, else on two: at
 * the space nearest its middle, or, in Japanese (no spaces), after `breakAfter` (the period it
 * names), so that a date is never cut in two.
 */
export function pointLabelLines(text: string, room: number, breakAfter: string): string[] {
  if (labelWidth(text) * SEMI_BOLD <= room) return [text];
  if (text.includes(' ')) return splitInTwo(text);
  const start = text.indexOf(breakAfter);
  const at = start + breakAfter.length;
  return start >= 0 && at < text.length ? [text.slice(0, at), text.slice(at)] : splitInTwo(text);
}
