import { errorMessage } from '$lib/error-message';
import { whenIdle } from '$lib/when-idle';
import type { LoadProgress } from './browser';
import type { Db } from './db';
import { browserConnection, prefersLessData, type ConnectionHints } from './save-data';

export type EngineState = 'idle' | 'loading' | 'ready' | 'failed';

/** Why the engine is not ready: DuckDB itself did not load, or the data was refused. */
export interface EngineFailure {
  readonly kind: 'engine' | 'data';
  readonly message: string;
}

/**
 * DuckDB in the browser with the built-in data loaded, started once: when the browser is idle
 * after the page has drawn, or sooner when the reader asks for something that needs it. When the
 * browser asks for less data, only when the reader asks.
 */
export class QueryEngine {
  state = $state<EngineState>('idle');
  progress = $state.raw<LoadProgress | null>(null);
  failure = $state.raw<EngineFailure | null>(null);
  db = $state.raw<Db | null>(null);
  /** The browser asked for less data, so the engine waits for the reader to need it. */
  onRequest = $state(false);
  #started: Promise<Db | null> | null = null;

  /** Starts loading (once) and resolves with the database, or null if it could not load. */
  start(): Promise<Db | null> {
    this.#started ??= this.#open();
    return this.#started;
  }

  /** After a failure: forget it and load again. */
  retry(): Promise<Db | null> {
    if (this.state !== 'failed') return this.start();
    this.failure = null;
    this.#started = null;
    return this.start();
  }

  /**
   * Starts loading once the page has painted and the main thread has nothing better to do;
   * under a data saver or on a 2G link, waits for `start()` instead.
   */
  startWhenIdle(connection: ConnectionHints | undefined = browserConnection()): void {
    if (prefersLessData(connection)) {
      this.onRequest = true;
      return;
    }
    // A timeout queued from inside a frame callback runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => whenIdle(() => void this.start())));
  }

  async #open(): Promise<Db | null> {
    this.state = 'loading';
    let db: Db;
    let loadBuiltInData: (db: Db) => Promise<void>;
    try {
      const browser = await import('./browser-dataset');
      loadBuiltInData = browser.loadBuiltInData;
      db = await browser.openBrowserDb((progress) => (this.progress = progress));
    } catch (error) {
      return this.#fail('engine', error);
    } finally {
      this.progress = null;
    }
    try {
      await loadBuiltInData(db);
    } catch (error) {
      await db.close();
      return this.#fail('data', error);
    }
    this.db = db;
    this.state = 'ready';
    return db;
  }

  #fail(kind: EngineFailure['kind'], error: unknown): null {
    this.failure = { kind, message: errorMessage(error) };
    this.state = 'failed';
    return null;
  }
}
