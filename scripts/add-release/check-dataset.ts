import { loadDataset, type CsvFile } from '$lib/db/load-dataset';
import { openNodeDb } from '$lib/db/node';
import { ValidationError, type ValidationIssue } from '$lib/ingest/issue';
import { releaseChecks, type ReleaseCheck } from '$lib/queries/release-check';
import { releaseChanges, type ReleaseChange } from '$lib/queries/release-changes';

/** What the dataset with the new release says of it. */
export interface DatasetVerdict {
  readonly check: ReleaseCheck | null;
  /** Each figure it published against the one current before it, as the page shows them. */
  readonly changes: readonly ReleaseChange[];
}

/**
 * Loads the dataset with the new release into DuckDB as the build does (the schema, keys and
 * references checked first, all in one transaction), then asks it what the release changed and
 * whether its months add up to its totals.
 */
export async function checkDataset(
  files: readonly CsvFile[],
  releaseId: string,
): Promise<DatasetVerdict | { issues: readonly ValidationIssue[] }> {
  const db = await openNodeDb();
  try {
    await loadDataset(db, files);
    const check = (await releaseChecks(db)).find((entry) => entry.release_id === releaseId);
    return { check: check ?? null, changes: (await releaseChanges(db, releaseId)).changes };
  } catch (error) {
    if (error instanceof ValidationError) return { issues: error.issues };
    throw error;
  } finally {
    await db.close();
  }
}
