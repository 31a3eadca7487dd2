import { dateLabel, periodLabel } from '$lib/format/dates';
import type { AnnotationWords } from '$lib/i18n/en-annotations';
import { currentLanguage } from '$lib/i18n/language.svelte';
import type { ChartEvent, LaneMarker } from './event-lane';

/** "5 events, 16–22 Apr 2025": a group's count and the days its events span. */
export function groupHeading(marker: LaneMarker, words: AnnotationWords): string {
  const first = marker.events[0]?.date ?? '';
  const last = marker.events.at(-1)?.date ?? first;
  const span = first === last ? dateLabel(first) : periodLabel(first, last);
  return words.groupHeading(marker.events.length, span);
}

/** A group's name as last made, and the words and language it was made in. */
interface KeptName {
  groupName: AnnotationWords['groupName'];
  groupHeading: AnnotationWords['groupHeading'];
  language: string;
  name: string;
}
// A lane keeps a group's events array while the group stays: its name is made once, not per redraw.
const kept = new WeakMap<readonly ChartEvent[], KeptName>();

/** What a marker is called to a screen reader: every event it stands for, with date and category. */
export function markerName(marker: LaneMarker, words: AnnotationWords): string {
  const [only] = marker.events;
  if (marker.events.length === 1 && only) return only.title;
  const made = { groupName: words.groupName, groupHeading: words.groupHeading };
  const language = currentLanguage();
  const last = kept.get(marker.events);
  if (
    last?.groupName === made.groupName &&
    last.groupHeading === made.groupHeading &&
    last.language === language
  )
    return last.name;
  const name = made.groupName(
    groupHeading(marker, words),
    marker.events.map((event) => event.title),
  );
  kept.set(marker.events, { ...made, language, name });
  return name;
}
