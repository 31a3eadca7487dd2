import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db, ResultRow } from '$lib/db/db';
import { PageModel } from '$lib/page/page-model.svelte';
import type { LoadedUpload } from '$lib/upload/upload-session.svelte';
import { ADDRESS_PAUSE_MS } from '$lib/view-store.svelte';
import type { Snapshot } from '$views/snapshot';
import { watchModel } from './watch-model.svelte';

/** Trades per month as each choice publishes them: the latest figures and two releases. */
const PUBLISHED: Record<string, [string, number][]> = {
  latest: [
    ['2025-02', 33],
    ['2025-03', 685],
    ['2025-04', 2987],
  ],
  '2025-04-18': [
    ['2025-02', 33],
    ['2025-03', 685],
    ['2025-04', 736],
  ],
  '2025-05-08': [
    ['2025-02', 33],
    ['2025-03', 685],
    ['2025-04', 2932],
  ],
};
const RELEASES = [{ release_id: '2025-04-18' }, { release_id: '2025-05-08' }];

const row = (month: string, trades: number, release: string): ResultRow => ({
  month,
  fraudulent_trades: trades,
  fraudulent_trades_release: release,
});
const figuresOf = (choice: string) =>
  (PUBLISHED[choice] ?? []).map(([month, trades]) => {
    const figure = { value: trades, release: choice, confidence: 'high', source: null };
    return { month, fraudulent_trades: { ...figure, periodStart: null, periodEnd: null } };
  });

/** What the build embeds: the latest figures, and what holds for every release. */
const snapshot = {
  dataset: { releases: RELEASES, events: [], brokers: [], stocks: [], months: [], revisions: [] },
  latest: { release: 'latest', figures: figuresOf('latest') },
} as unknown as Snapshot;

/** A database that answers the page's queries it is asked here, and counts the every-release one. */
function fakeDb() {
  const asked: string[] = [];
  const db = {
    async query(sql: string) {
      asked.push(sql);
      if (sql.includes('FROM fsa_releases')) return RELEASES;
      if (!sql.includes('UNION ALL BY NAME')) return [];
      return Object.entries(PUBLISHED).flatMap(([choice, months]) =>
        months.map(([month, trades]) => ({ choice, ...row(month, trades, choice) })),
      );
    },
  } as unknown as Db;
  const everyReleaseReads = () => asked.filter((sql) => sql.includes('UNION ALL BY NAME')).length;
  const revisionReads = () => asked.filter((sql) => sql.includes('AS metric, m.release_id')).length;
  return { db, everyReleaseReads, revisionReads };
}

const settle = async () => {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve));
  flushSync();
};

beforeEach(() => {
  vi.stubGlobal('window', {
    location: { href: 'http://localhost/', pathname: '/', search: '', hash: '' },
    history: { pushState: () => {}, replaceState: () => {} },
  });
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pause = () => wait(ADDRESS_PAUSE_MS + 50);

// The store writes the address once the view has not changed for a moment (a timer): let it run
// while `window` is still the stub.
afterEach(async () => {
  await pause();
  vi.unstubAllGlobals();
});

describe('the page model', () => {
  it('reads every release once; a release change is then a slice, with no query', async () => {
    const { db, everyReleaseReads } = fakeDb();
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model } = watched;
    expect(model.shown?.release).toBe('latest');
    expect(model.isLive).toBe(false);
    model.engine.start = async () => db;
    model.engine.db = db;
    await settle();
    expect(everyReleaseReads()).toBe(1);
    expect(model.isLive).toBe(true);
    for (const release of ['2025-04-18', '2025-05-08', 'latest']) {
      model.change({ release });
      flushSync();
      expect(model.shown?.release).toBe(release);
      expect(model.stale).toBe(false);
      expect(model.shown?.figures.map((month) => month.fraudulent_trades.value)).toEqual(
        PUBLISHED[release]?.map(([, trades]) => trades),
      );
    }
    await settle();
    expect(everyReleaseReads()).toBe(1);
    watched.stop();
  });

  it("shows another month's revisions at once, out of every month's read once", async () => {
    const { db, revisionReads } = fakeDb();
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model } = watched;
    model.change({ revisionMonth: '2025-05' });
    flushSync();
    expect(model.revisionRows).toBeNull();
    model.engine.db = db;
    await settle();
    expect(model.revisionRows).toEqual([]);
    model.change({ revisionMonth: '2025-06', revisionMetric: 'unauthorized_access' });
    flushSync();
    expect(model.revisionRows).toEqual([]);
    await settle();
    expect(revisionReads()).toBe(1);
    watched.stop();
  });

  it('reads every release again after an upload changes the published tables, or a reset', async () => {
    const { db, everyReleaseReads } = fakeDb();
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model } = watched;
    model.engine.db = db;
    await settle();
    const beside = { report: { mode: 'beside', file: 'mine.csv' } } as unknown as LoadedUpload;
    model.uploaded(beside);
    await settle();
    expect(everyReleaseReads()).toBe(1);
    const merged = { report: { mode: 'merge', file: 'fsa.csv' } } as unknown as LoadedUpload;
    model.uploaded(merged);
    await settle();
    expect(everyReleaseReads()).toBe(2);
    expect(model.changes.mergedFiles).toEqual(['fsa.csv']);
    model.changes.rolledBack();
    await settle();
    expect(everyReleaseReads()).toBe(3);
    watched.stop();
  });

  it('recomputes on a month change only what depends on the months', () => {
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model, runs } = watched;
    const before = { shown: model.shown, months: model.allMonths, labels: model.metricLabels };
    model.change({ from: '2025-03' });
    flushSync();
    expect(model.inRange?.map((month) => month.month)).toEqual(['2025-03', '2025-04']);
    expect(model.shown).toBe(before.shown);
    expect(model.allMonths).toBe(before.months);
    expect(model.metricLabels).toBe(before.labels);
    expect(runs()).toEqual({ range: 2, inRange: 2, hidden: 1, labels: 1, shown: 1, release: 1 });
    model.change({ hidden: ['unauthorized_access'] });
    flushSync();
    expect(runs()).toEqual({ range: 2, inRange: 2, hidden: 2, labels: 1, shown: 1, release: 1 });
    watched.stop();
  });

  it('keeps a list of the view that a change repeats item for item', () => {
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model, runs } = watched;
    model.change({ hidden: ['unauthorized_access'] });
    flushSync();
    const hidden = model.view.hidden;
    model.change({ hidden: ['unauthorized_access'], from: '2025-03' });
    flushSync();
    expect(model.view.hidden).toBe(hidden);
    expect(model.state.hidden).toEqual(['unauthorized_access']);
    expect(runs()).toEqual({ range: 2, inRange: 2, hidden: 2, labels: 1, shown: 1, release: 1 });
    watched.stop();
  });

  it("writes each change's address once the reader pauses, in order, not between changes", async () => {
    const written: string[] = [];
    const history = (url: string | URL | null | undefined) => written.push(String(url));
    vi.stubGlobal('window', {
      ...window,
      history: {
        pushState: (...args: unknown[]) => history(args[2] as string),
        replaceState: () => {},
      },
    });
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    watched.model.change({ from: '2025-03' });
    await wait(ADDRESS_PAUSE_MS * 0.75);
    watched.model.change({ from: '2025-04' });
    // The first change's own pause is over, but the reader has not paused since the second.
    await wait(ADDRESS_PAUSE_MS * 0.75);
    expect(written).toEqual([]);
    await pause();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/2025-03/);
    expect(written[1]).toMatch(/2025-04/);
    watched.stop();
  });

  it('changes only words when the language changes', () => {
    const watched = watchModel(() => new PageModel(snapshot, { lang: 'en', chart: null }));
    const { model, runs } = watched;
    expect(model.metricLabels.fraudulent_trades).toBe('Fraudulent trades');
    model.switchLanguage('ja');
    flushSync();
    expect(model.metricLabels.fraudulent_trades).not.toBe('Fraudulent trades');
    expect(runs()).toEqual({ range: 1, inRange: 1, hidden: 1, labels: 2, shown: 1, release: 1 });
    watched.stop();
  });
});
