import { QueryEngine } from '$lib/db/query-engine.svelte';
import { restorePublished } from '$lib/db/published-copies';
import { errorMessage } from '$lib/error-message';
import { LATEST } from '$lib/figures/release-choice';
import { t } from '$lib/i18n';
import { followLanguage } from '$lib/i18n/language.svelte';
import type { PageId } from '$lib/pages/pages';
import type { FsaReleaseRow } from '$lib/schema';
import type { LoadedUpload } from '$lib/upload/upload-session.svelte';
import {
  DEFAULT_VIEW,
  viewStateSearch,
  type Language,
  type Panel,
  type ViewState,
} from '$lib/view-state';
import { ViewStore } from '$lib/view-store.svelte';
import type { Snapshot } from '$views/snapshot';
import { DataChanges } from './data-changes.svelte';
import { keepEqualFields } from './keep-equal';
import { LiveResults } from './live-results.svelte';
import { CHOOSABLE_METRICS, metricLabels as labelsOf } from './metric-labels';
import {
  isStale,
  isUnknownRelease,
  monthsInRange,
  monthsOf,
  pageErrors,
  revisionRowsFor,
} from './page-derivations';
import { PageNotice } from './page-notice.svelte';
import { releaseSlices } from './release-slices';
import type { ViewFields } from './view-fields.svelte';

/**
 * The page's state and what derives from it: the reader's view (in the address), DuckDB, its
 * answers, the reader's uploads and the page's notice. Each derivation reads only what it needs.
 * Construct it while a component (or an effect root) initialises: it starts the effects that
 * query DuckDB and that follow the language.
 */
export class PageModel {
  readonly page: PageId;
  readonly engine: QueryEngine;
  readonly store: ViewStore;
  readonly view: ViewFields;
  readonly changes = new DataChanges();
  readonly notice = new PageNotice();
  readonly live: LiveResults;
  readonly #snapshot: Snapshot | null;
  readonly #sliceOf: ReturnType<typeof releaseSlices>;

  constructor(snapshot: Snapshot | null, page: PageId, engine = new QueryEngine()) {
    this.#snapshot = snapshot;
    this.#sliceOf = releaseSlices(snapshot?.latest ?? null);
    this.page = page;
    this.engine = engine;
    this.store = new ViewStore(page);
    this.view = this.store.fields;
    followLanguage(() => this.view.lang);
    this.live = new LiveResults(
      {
        db: () => this.engine.db,
        version: () => this.changes.version,
      },
      (results) => this.keepKnownRelease(results.releases),
    );
    // However a release was chosen (control, link, back/forward): check it, then load DuckDB.
    $effect(() => {
      const release = this.view.release;
      if (release === LATEST) return;
      if (this.dataset && isUnknownRelease(release, this.dataset.releases)) {
        this.keepKnownRelease(this.dataset.releases);
        return;
      }
      void this.needEngine();
    });
  }

  /** The results that hold for every release: DuckDB's once it answered, the build's until then. */
  dataset = $derived.by(() =>
    this.live.dataset
      ? keepEqualFields(this.live.dataset, this.#snapshot?.dataset)
      : (this.#snapshot?.dataset ?? null),
  );
  releases = $derived.by(() => this.dataset?.releases ?? []);
  /** The release-dependent figures shown: a slice of every release's once DuckDB read them. */
  shown = $derived.by(() =>
    this.live.every
      ? this.#sliceOf(this.live.every, this.view.release)
      : (this.#snapshot?.latest ?? null),
  );
  /** Both read in the browser: the page no longer shows the figures it was built with. */
  isLive = $derived.by(() => this.live.dataset !== null && this.live.every !== null);
  inRange = $derived.by(() => monthsInRange(this.shown, this.view.range));
  allMonths = $derived.by(() => monthsOf(this.shown));
  stale = $derived.by(() => isStale(this.shown, this.view.release, this.engine.state === 'failed'));
  errors = $derived.by(() =>
    pageErrors({
      hasRelease: this.shown !== null,
      hasDataset: this.dataset !== null,
      releaseError: this.live.releaseError,
      datasetError: this.live.datasetError,
      engineError: this.engine.failure?.message ?? null,
    }),
  );
  revisionRows = $derived.by(() =>
    revisionRowsFor(
      this.live.revisions,
      this.view.revisionMonth,
      this.view.revisionMetric,
      this.dataset?.revisions ?? null,
    ),
  );
  revisionError = $derived.by(() =>
    this.revisionRows ? null : (this.live.revisionError ?? this.engine.failure?.message ?? null),
  );
  /** Which column describes an event in the reader's language. */
  eventText = $derived.by(() =>
    this.view.lang === 'ja' ? ('event_ja' as const) : ('event_en' as const),
  );
  /** Words only: they change with the language, and nothing else. */
  metricLabels = $derived.by(() => labelsOf(t));
  choosableMetrics = $derived.by(() =>
    CHOOSABLE_METRICS.map((metric) => ({ metric, label: this.metricLabels[metric] })),
  );

  /** The view as its address, once per change for every section that compares it. */
  search = $derived.by(() => viewStateSearch(this.store.view, null));

  /** The whole view, for what needs all of it (the address, the controls' summary, prints). */
  get state(): ViewState {
    return this.store.view;
  }

  change(update: Partial<ViewState>, history?: 'push' | 'replace' | 'typing'): void {
    this.store.update(update, history);
  }

  switchLanguage(lang: Language): void {
    this.store.switchLanguage(lang);
  }

  /** Reads the address, checks its release and starts DuckDB; returns what stops following it. */
  connect(): () => void {
    const disconnect = this.store.connect();
    if (this.#snapshot) this.keepKnownRelease(this.#snapshot.dataset.releases);
    if (this.#snapshot && this.view.release === LATEST) this.engine.startWhenIdle();
    else void this.needEngine();
    return disconnect;
  }

  /** Loads DuckDB now; if it cannot load, falls back to the figures the page was built with. */
  async needEngine(): Promise<void> {
    const db = await this.engine.start();
    if (!db && this.view.release !== LATEST) this.change({ release: LATEST }, 'replace');
  }

  keepKnownRelease(known: readonly FsaReleaseRow[]): void {
    const release = this.view.release;
    if (!isUnknownRelease(release, known)) return;
    this.notice.show(() => t.unknownRelease(release));
    this.change({ release: LATEST }, 'replace');
  }

  togglePanel(panel: Panel, open: boolean): void {
    const panels = this.view.open;
    this.change({ open: open ? [...panels, panel] : panels.filter((item) => item !== panel) });
    if (open) void this.needEngine();
  }

  chooseRevision(revisionMonth: string, revisionMetric: ViewState['revisionMetric']): void {
    this.change({ revisionMonth, revisionMetric });
    void this.needEngine();
  }

  present(): void {
    this.change({ present: true, slide: DEFAULT_VIEW.slide });
  }

  uploaded(upload: LoadedUpload): void {
    this.changes.loaded(upload);
  }

  /** Puts the published tables back as the build loaded them; false if there was nothing to do. */
  async resetData(): Promise<boolean> {
    const db = this.engine.db;
    if (!db || this.changes.busy) return false;
    try {
      await restorePublished(db);
      this.notice.show(() => t.upload.resetDone);
      this.changes.reset(true);
      return true;
    } catch (error) {
      this.notice.show(() => t.upload.resetFailed, errorMessage(error));
      this.changes.reset(false);
      return false;
    }
  }
}
