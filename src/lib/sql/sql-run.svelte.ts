import type { Db, RunningQuery, TypedResult } from '$lib/db/db';
import { errorMessage } from '$lib/error-message';
import { readOnlyProblem, type ReadOnlyProblem } from './read-only';

export type SqlRunState =
  | { readonly kind: 'idle' }
  /** The reader asked to run `sql` before the database was ready. */
  | { readonly kind: 'waiting'; readonly sql: string }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly result: TypedResult; readonly elapsedMs: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Refused before DuckDB saw it: it would change the data, or is not one statement. */
  | { readonly kind: 'refused'; readonly problem: ReadOnlyProblem };

/** The reader's SQL, one query at a time: a newer run or a cancel supersedes the one before. */
export class SqlRun {
  state = $state.raw<SqlRunState>({ kind: 'idle' });
  #query: RunningQuery | null = null;
  #generation = 0;

  /** Runs `sql` now, or when `resume` is given a database if there is none yet. */
  request(db: Db | null, sql: string): void {
    if (db) {
      void this.#start(db, sql);
      return;
    }
    this.#generation += 1;
    void this.#stop();
    this.state = { kind: 'waiting', sql };
  }

  /** Runs the query the reader asked for while the database was loading, if any. */
  resume(db: Db): void {
    if (this.state.kind === 'waiting') void this.#start(db, this.state.sql);
  }

  cancel(): void {
    if (this.state.kind !== 'running' && this.state.kind !== 'waiting') return;
    this.#generation += 1;
    void this.#stop();
    this.state = { kind: 'cancelled' };
  }

  async #start(db: Db, sql: string): Promise<void> {
    const generation = ++this.#generation;
    const problem = readOnlyProblem(sql);
    if (problem) {
      void this.#stop();
      this.state = { kind: 'refused', problem };
      return;
    }
    this.state = { kind: 'running' };
    // The reader's connection runs one query at a time: the one before must stop first.
    await this.#stop();
    if (generation !== this.#generation) return;
    const started = performance.now();
    const query = db.run(sql);
    this.#query = query;
    try {
      const result = await query.result;
      if (generation !== this.#generation) return;
      this.state = { kind: 'done', result, elapsedMs: performance.now() - started };
    } catch (error) {
      if (generation !== this.#generation) return;
      this.state = { kind: 'failed', message: errorMessage(error) };
    } finally {
      if (this.#query === query) this.#query = null;
    }
  }

  async #stop(): Promise<void> {
    const query = this.#query;
    this.#query = null;
    try {
      await query?.cancel();
      // Its batches still arriving would be read by the next query on the same connection.
      await query?.result;
    } catch {
      // A cancelled query rejects, and one that ended just then has nothing left to stop.
    }
  }
}
