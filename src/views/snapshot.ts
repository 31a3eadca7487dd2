import type { DatasetResults, ReleaseResults } from './page-data';

/** The query results the page is built with: what it shows before DuckDB runs in the browser. */
export interface Snapshot {
  readonly dataset: DatasetResults;
  readonly latest: ReleaseResults;
}

export const SNAPSHOT_ELEMENT_ID = 'snapshot';

/** JSON safe to place inside a <script type="application/json"> element. */
export function serialiseSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** The snapshot the build embedded in the page, if any (none in `vite dev`). */
export function readSnapshot(doc: Document): Snapshot | null {
  const text = doc.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as Snapshot) : null;
}
