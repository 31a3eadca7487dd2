import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
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

/** The file's records as the page's splitter yields them, from its chunks in order. */
async function* batchesOf(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  sniffed: Sniffed,
) {
  const options = { ...sniffed, ...recordFilterOf(sniffed) };
  for await (const { batch } of recordBatches(chunks, options)) yield batch;
}

let uploads = 0;

type Choose = (sniffed: Sniffed, choices: UploadChoices) => Partial<UploadChoices>;

/** What a load reads besides the sniff: its batches, their delimiter and the notes to report. */
type LoadSource = Pick<Parameters<typeof loadUpload>[1], 'batches' | 'delimiter' | 'notes'>;

/**
 * The reader's choices over the defaults, the plan they make (a plan with problems throws), and
 * the page's load of `source` under that plan.
 */
async function loadSniffed(
  db: Db,
  name: string,
  sniffed: Sniffed,
  choose: Choose,
  source: LoadSource,
  signal = new AbortController().signal,
) {
  const defaults = defaultChoices(sniffed);
  const choices = { ...defaults, ...choose(sniffed, defaults) };
  const { plan, problems } = buildPlan(sniffed.headers, choices);
  if (problems.length > 0) throw new Error(problems.join('; '));
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
    ...source,
    signal,
  });
}

/**
 * Loads an upload test file the way the page does (sniff, the reader's choices, the same load),
 * with the file's bytes split in one chunk, as a small file is.
 */
export async function uploadBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  choose: Choose = () => ({}),
  signal = new AbortController().signal,
) {
  const sniffed = sniff(bytes, { truncated: false });
  if ('problem' in sniffed) throw new Error(String(inEnglish(sniffed.problem)));
  const pivoted = sniffed.layout === 'fsa-wide';
  const source: LoadSource = pivoted
    ? {
        batches: pivotedBatches(sniffed),
        delimiter: ',',
        notes: [...(sniffed.notes ?? []), PIVOT_NOTE],
      }
    : {
        batches: batchesOf([bytes], sniffed),
        delimiter: sniffed.delimiter,
        notes: sniffed.notes ?? [],
      };
  return loadSniffed(db, name, sniffed, choose, source, signal);
}

/** As much of a file as the upload worker sniffs (src/lib/upload/upload-worker.ts). */
const SNIFF_BYTES = 1 << 20;

/**
 * Loads a file from disk as the page does with a large one: the first megabyte sniffed, then the
 * whole file streamed from disk in chunks through the same splitter into the same load.
 */
export async function uploadFile(db: Db, file: string, choose: Choose = () => ({})) {
  const head = readFileSync(file).subarray(0, SNIFF_BYTES + 1);
  const sniffed = sniff(head.subarray(0, SNIFF_BYTES), { truncated: head.length > SNIFF_BYTES });
  if ('problem' in sniffed) throw new Error(String(inEnglish(sniffed.problem)));
  const chunks = createReadStream(file, { highWaterMark: 256 * 1024 });
  return loadSniffed(db, path.basename(file), sniffed, choose, {
    batches: batchesOf(chunks, sniffed),
    delimiter: sniffed.delimiter,
    notes: sniffed.notes ?? [],
  });
}

export const uploadFixture = (db: Db, name: string, choose?: Parameters<typeof uploadBytes>[3]) =>
  uploadBytes(db, name, readFixture(name), choose);
