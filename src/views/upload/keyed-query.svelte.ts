import type { Db } from '$lib/db/db';
import { errorMessage } from '$lib/error-message';

type Outcome<Row> =
  | { readonly key: string; readonly rows: Row[]; readonly error: null }
  | { readonly key: string; readonly rows: null; readonly error: string };

/**
 * The answer to one query about a reader's table, remembered with the inputs (`key`) it answers,
 * so that a chart shows "pending" rather than another table's figures while its query runs.
 */
export class KeyedQuery<Row extends object> {
  #outcome = $state.raw<Outcome<Row> | null>(null);

  /** The rows for `key`, or null while they are being queried (or the query failed). */
  rows(key: string): Row[] | null {
    return this.#outcome?.key === key ? this.#outcome.rows : null;
  }

  error(key: string): string | null {
    return this.#outcome?.key === key ? this.#outcome.error : null;
  }

  /** Runs the SQL that `build` writes; returns what marks the answer superseded (an effect's cleanup). */
  run(db: Db, key: string, build: () => string): () => void {
    let superseded = false;
    const settle = (outcome: Outcome<Row>) => {
      if (!superseded) this.#outcome = outcome;
    };
    Promise.resolve()
      .then(() => db.query<Row>(build()))
      .then(
        (rows) => settle({ key, rows, error: null }),
        (error: unknown) => settle({ key, rows: null, error: errorMessage(error) }),
      );
    return () => {
      superseded = true;
    };
  }
}
