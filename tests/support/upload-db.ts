import { inEnglish } from './in-english';
import type { Db } from '$lib/db/db';
import { lockExternalAccess } from '$lib/db/lock-external-access';
import { openDatasetDb } from '$lib/db/node-dataset';
import { buildPlan, defaultChoices, type UploadChoices } from '$lib/upload/build-plan';
import { loadUpload } from '$lib/upload/load-upload';
import { PIVOT_NOTE, pivotedBatches } from '$lib/upload/pivoted-batches';
import { recordBatches } from '$lib/upload/record-batches';
import { recordFilterOf } from '$lib/upload/record-filter';
import { sniff } from '$lib/upload/sniff/sniff';
import { tableNameFor } from '$lib/upload/table-name';
import type { Sniffed } from '$lib/upload/types';
import { readFixture } from '../fixtures/uploads/read-fixture';

/** Real DuckDB over data/, locked as the page locks it once loaded. */
export async function openLockedDatasetDb(): Promise<Db> {
  const db = await openDatasetDb();
  await lockExternalAccess(db);
  return db;
}

async function* batchesOf(bytes: Uint8Array, sniffed: Sniffed) {
  const options = { ...sniffed, ...recordFilterOf(sniffed) };
  for await (const { batch } of recordBatches([bytes], options)) yield batch;
}

let uploads = 0;

/**
 * Loads an upload test file the way the page does (sniff, the reader's choices, the same load),
 * with the file's bytes split in one chunk, as a small file is.
 */
export async function uploadBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  choose: (sniffed: Sniffed, choices: UploadChoices) => Partial<UploadChoices> = () => ({}),
  signal = new AbortController().signal,
) {
  const sniffed = sniff(bytes, { truncated: false });
  if ('problem' in sniffed) throw new Error(String(inEnglish(sniffed.problem)));
  const defaults = defaultChoices(sniffed);
  const choices = { ...defaults, ...choose(sniffed, defaults) };
  const { plan, problems } = buildPlan(sniffed.headers, choices);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const pivoted = sniffed.layout === 'fsa-wide';
  uploads += 1;
  return loadUpload(db, {
    id: `test_${uploads}`,
    file: name,
    encoding: sniffed.encoding,
    table: await tableNameFor(db, name),
    target: choices.target,
    mode: choices.mode,
    plan,
    headers: sniffed.headers,
    delimiter: pivoted ? ',' : sniffed.delimiter,
    batches: pivoted ? pivotedBatches(sniffed) : batchesOf(bytes, sniffed),
    notes: [...(sniffed.notes ?? []), ...(pivoted ? [PIVOT_NOTE] : [])],
    signal,
  });
}

export const uploadFixture = (db: Db, name: string, choose?: Parameters<typeof uploadBytes>[3]) =>
  uploadBytes(db, name, readFixture(name), choose);
