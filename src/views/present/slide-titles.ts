import { releaseChangeWords, t } from '$lib/i18n';
import type { SlideId } from '$lib/view-state';

/** A slide's title: its chart's, as the chart's own frame shows it. */
export function slideTitle(slide: SlideId): string {
  const titles: Record<SlideId, string> = {
    'monthly-counts': t.counts.title,
    'yen-amounts': t.amounts.title,
    brokers: t.brokers.title,
    stocks: t.stocks.title,
    'revision-history': t.revisions.history.title,
    'release-changes': releaseChangeWords.title,
  };
  return titles[slide];
}
