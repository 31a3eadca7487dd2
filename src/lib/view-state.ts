import { LATEST, type ReleaseChoice } from '$lib/figures/release-choice';
import { EVENT_CATEGORIES, type EventCategory } from '$lib/schema/context-tables';
import { MONTHLY_METRICS, type MonthlyMetric } from '$lib/schema/fsa-tables';

export const PANELS = ['sql', 'check'] as const;
export type Panel = (typeof PANELS)[number];
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Presentation mode's slides, in order: one chart each, named by its `data-chart` id. */
export const SLIDES = [
  'monthly-counts',
  'yen-amounts',
  'brokers',
  'stocks',
  'revision-history',
  'release-changes',
] as const;
export type SlideId = (typeof SLIDES)[number];

/** Everything a reader can set, all of it kept in the page's address. */
export interface ViewState {
  release: ReleaseChoice;
  from: string | null;
  to: string | null;
  /** Metrics the reader switched off in the charts. */
  hidden: readonly MonthlyMetric[];
  /** Event categories the reader switched off on the time charts (`events=`). */
  hiddenEvents: readonly EventCategory[];
  broker: string | null;
  stock: string | null;
  lang: Language;
  open: readonly Panel[];
  sql: string;
  revisionMonth: string;
  revisionMetric: MonthlyMetric;
  /** Presentation mode (`present=1`), showing one slide (`slide=ID`; the first when absent). */
  present: boolean;
  slide: SlideId;
  /** One chart alone, for an iframe on another site (`embed=ID`); absent on the full page. */
  embed?: SlideId;
}

export const DEFAULT_VIEW: ViewState = {
  release: LATEST,
  from: null,
  to: null,
  hidden: [],
  hiddenEvents: [],
  broker: null,
  stock: null,
  lang: 'en',
  open: [],
  sql: '',
  revisionMonth: '2025-04',
  revisionMetric: 'fraudulent_trades',
  present: false,
  slide: SLIDES[0],
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const RELEASE_ID = /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/;
const MAX_TEXT = 200;
const MAX_SQL = 20_000;

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  allowed.find((candidate) => candidate === value) ?? null;
const listOf = <T extends string>(allowed: readonly T[], value: string | null): T[] => [
  ...new Set((value ?? '').split(',').flatMap((item) => oneOf(allowed, item) ?? [])),
];
const month = (value: string | null) => (value && MONTH.test(value) ? value : null);
const shortText = (value: string | null) => (value && value.length <= MAX_TEXT ? value : null);

/** Reads the view from an address's query string; anything malformed falls back to the default. */
export function parseViewState(
  search: string,
  defaultLanguage: Language = DEFAULT_VIEW.lang,
): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const release = get('release');
  let from = month(get('from'));
  let to = month(get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const sql = get('sql') ?? '';
  const openParam = get('open');
  // A link with a query and no panel named is a link to the console (its query not yet run).
  const open = openParam === null && sql ? ['sql' as const] : listOf(PANELS, openParam);
  const present = get('present') === '1';
  const embed = oneOf(SLIDES, get('embed'));
  return {
    release: release && RELEASE_ID.test(release) ? release : LATEST,
    from,
    to,
    hidden: listOf(MONTHLY_METRICS, get('hide')),
    hiddenEvents: listOf(EVENT_CATEGORIES, get('events')),
    broker: shortText(get('broker')),
    stock: shortText(get('stock')),
    lang: oneOf(LANGUAGES, get('lang')) ?? defaultLanguage,
    open,
    sql: sql.length <= MAX_SQL ? sql : '',
    revisionMonth: month(get('rev')) ?? DEFAULT_VIEW.revisionMonth,
    revisionMetric: oneOf(MONTHLY_METRICS, get('revmetric')) ?? DEFAULT_VIEW.revisionMetric,
    present,
    slide: (present && oneOf(SLIDES, get('slide'))) || DEFAULT_VIEW.slide,
    ...(embed ? { embed } : {}),
  };
}

/**
 * The query string for a view, naming only what differs from the default. The default language
 * is the page's (its path: ja/ or the root), so the address names no language it need not;
 * `null` always names it (English links made to be shared, see pages/page-links.ts).
 */
export function viewStateSearch(
  view: ViewState,
  defaultLanguage: Language | null = DEFAULT_VIEW.lang,
): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(name, value);
  };
  set('lang', view.lang, defaultLanguage);
  set('release', view.release, LATEST);
  set('from', view.from, null);
  set('to', view.to, null);
  set('hide', view.hidden.join(','), '');
  set('events', view.hiddenEvents.join(','), '');
  set('broker', view.broker, null);
  set('stock', view.stock, null);
  set('open', view.open.join(','), '');
  // A query with the console closed names no panel explicitly, or the link would open it.
  if (view.sql && view.open.length === 0) params.set('open', '');
  set('rev', view.revisionMonth, DEFAULT_VIEW.revisionMonth);
  set('revmetric', view.revisionMetric, DEFAULT_VIEW.revisionMetric);
  set('sql', view.sql, '');
  if (view.present) {
    set('present', '1', null);
    set('slide', view.slide, DEFAULT_VIEW.slide);
  }
  set('embed', view.embed ?? null, null);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Whether a month falls inside the view's month range (either end may be open). */
export function monthInRange(view: Pick<ViewState, 'from' | 'to'>, value: string): boolean {
  return (view.from === null || value >= view.from) && (view.to === null || value <= view.to);
}
