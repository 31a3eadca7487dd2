import { figureDateLine } from '$lib/charts/figure-dates';
import { t } from '$lib/i18n';
import { currentLanguage, setLanguage } from '$lib/i18n/language.svelte';
import { LATEST } from '$lib/queries/monthly-metrics';
import type { Language, SlideId } from '$lib/view-state';
import type { Snapshot } from '$views/snapshot';
import { cardDocument } from './card-frame';
import { chartCardBody } from './chart-card';
import { dashboardCardBody } from './dashboard-card';
import { headlineRise, headlineTotals, viewParts } from './view-parts';
import { headlineMarkup, viewMarkup } from './view-markup';

function cardSvg(snapshot: Snapshot, lang: Language, chart: SlideId | null, address: string) {
  const dateLine = (id: SlideId) => figureDateLine(id, LATEST, snapshot.dataset.releases) ?? '';
  if (chart === null) {
    const headline = headlineMarkup(snapshot);
    const monthly = viewParts(viewMarkup(snapshot, 'monthly-counts'), 'monthly-counts');
    const body = dashboardCardBody(
      { rise: headlineRise(headline), totals: headlineTotals(headline) },
      monthly,
      dateLine('monthly-counts'),
      address,
    );
    return cardDocument(t.siteTitle, body, lang);
  }
  const parts = viewParts(viewMarkup(snapshot, chart), chart);
  return cardDocument(parts.title, chartCardBody(parts, dateLine(chart), address), lang);
}

/**
 * The share card of the dashboard (`chart` null) or of one chart, as a standalone 1200×630 SVG
 * document: the page's own views rendered with `svelte/server` in `lang`, their words and
 * figures as the page shows them, in concrete colours and Noto Sans JP, with no outside reference.
 */
export function renderShareCardSvg(
  snapshot: Snapshot,
  lang: Language,
  chart: SlideId | null,
  address: string,
): string {
  const previous = currentLanguage();
  setLanguage(lang);
  try {
    return cardSvg(snapshot, lang, chart, address);
  } finally {
    setLanguage(previous);
  }
}
