import { dateLabel, periodLabel } from '$lib/format/dates';
import type { AnnotationWords } from '$lib/i18n/en-annotations';
import type { LaneMarker } from './event-lane';

/** "5 events, 16–22 Apr 2025": a group's count and the days its events span. */
export function groupHeading(marker: LaneMarker, words: AnnotationWords): string {
  const first = marker.events[0]?.date ?? '';
  const last = marker.events.at(-1)?.date ?? first;
  const span = first === last ? dateLabel(first) : periodLabel(first, last);
  return words.groupHeading(marker.events.length, span);
}

/** What a marker is called to a screen reader: every event it stands for, with date and category. */
export function markerName(marker: LaneMarker, words: AnnotationWords): string {
  const [only] = marker.events;
  if (marker.events.length === 1 && only) return only.title;
  return words.groupName(
    groupHeading(marker, words),
    marker.events.map((event) => event.title),
  );
}
