import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { buildPlan, defaultChoices } from '$lib/upload/build-plan';
import {
  EngineReadFailed,
  locateBareCarriageReturn,
  whereReadingStops,
} from '$lib/upload/engine-read-failed';
import { loadUpload } from '$lib/upload/load-upload';
import { MemoryGuard, memoryLimitOf, TooLarge } from '$lib/upload/memory-guard';
import { recordBatches } from '$lib/upload/record-batches';
import { recordFilterOf } from '$lib/upload/record-filter';
import { sniff } from '$lib/upload/sniff/sniff';
import type { Sniffed } from '$lib/upload/types';
import { inEnglish } from '../support/in-english';
import { openLockedDatasetDb, uploadBytes } from '../support/upload-db';

let db: Db;
beforeAll(async () => {
  db = await openLockedDatasetDb();
}, 120_000);
afterAll(async () => {
  await db.close();
});

const tableNames = async () =>
  (await db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables()`)).map(
    (row) => row.name,
  );

/** A made-up table of `rows` rows, about 40 bytes each. */
const generated = (rows: number) =>
  new TextEncoder().encode(
    'id,place,count\n' +
      Array.from(
        { length: rows },
        (_, index) => `${index + 1},place number ${index},${index % 97}\n`,
      ).join(''),
  );

async function* chunked(bytes: Uint8Array, sniffed: Sniffed, size: number) {
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) =>
    bytes.subarray(index * size, (index + 1) * size),
  );
  const options = { ...sniffed, ...recordFilterOf(sniffed) };
  for await (const { batch, bytesRead } of recordBatches(chunks, options))
    yield { batch, read: bytesRead };
}

describe('limits of a load in the browser’s DuckDB', () => {
  it('reads DuckDB’s memory limit', async () => {
    expect(await memoryLimitOf(db)).toBeGreaterThan(100 * 2 ** 20);
  });

  it('stops a file that would not fit before storing any of it, and says how much would', async () => {
    const bytes = generated(20_000);
    const sniffed = sniff(bytes.subarray(0, 64 * 1024), { truncated: true });
    if ('problem' in sniffed) throw new Error('not sniffed');
    const limit = 2_000_000;
    const guard = new MemoryGuard(
      {
        name: 'places.csv',
        bytes: bytes.length,
        table: 'upload_places',
        encoding: 'utf-8',
        delimiter: ',',
      },
      limit,
    );
    async function* batches() {
      for await (const { batch, read } of chunked(bytes, sniffed as Sniffed, 100_000)) {
        guard.bytesRead = read;
        yield batch;
      }
    }
    const before = await tableNames();
    const { plan } = buildPlan(sniffed.headers, defaultChoices(sniffed));
    const load = loadUpload(db, {
      id: 'too_large',
      file: 'places.csv',
      encoding: 'utf-8',
      table: 'upload_places',
      target: null,
      mode: 'beside',
      plan,
      headers: sniffed.headers,
      delimiter: ',',
      batches: guard.watch(batches()),
      notes: [],
      signal: new AbortController().signal,
    });
    const failure = await load.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TooLarge);
    const { problem } = failure as TooLarge;
    // The first 100,000 bytes, about 4,000 rows, were enough to tell; none of them were stored.
    expect(guard.rows).toBeGreaterThan(3000);
    expect(guard.rows).toBeLessThan(5000);
    expect(problem.fitsShare).toBeGreaterThan(0.3);
    expect(problem.fitsShare).toBeLessThan(0.5);
    expect(inEnglish(problem)).toMatch(
      /^\d+ KB is more than this browser can hold: DuckDB in a web page may use 2 MB of memory.*About \d+% of it would fit \(about [\d,]+ rows\)\. Split the file.*duckdb uploads\.duckdb -c "CREATE TABLE upload_places AS FROM read_csv\('places\.csv', delim = ','\)"\. Nothing was changed\.$/,
    );
    expect(await tableNames()).toEqual(before);
  });

  it('says which line and column DuckDB could not read, with its words after', async () => {
    const bytes = new TextEncoder().encode('a,b,c\r\n1,2,3\r\n4,x\ry,6\r\n7,8,9\r\n');
    const before = await tableNames();
    const failure = await uploadBytes(db, 'carriage.csv', bytes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineReadFailed);
    const { problem } = failure as EngineReadFailed;
    expect(problem).toMatchObject({ line: 3, column: 2 });
    expect(problem.detail).toMatch(/^Invalid Input Error: .*CSV Parser/);
    expect(inEnglish(problem)).toMatch(/^DuckDB could not read line 3, column 2, of the file/);
    expect((await tableNames()).filter((name) => !before.includes(name))).toEqual([]);
  });

  it('finds a carriage return outside quotes, and none inside them', () => {
    const records = new TextEncoder().encode('2,1,"a\rb",3\n3,4,x\ry,6\n');
    expect(locateBareCarriageReturn(records, 0x2c)).toEqual({ line: 3, column: 2 });
    expect(locateBareCarriageReturn(new TextEncoder().encode('2,"a\rb"\n'), 0x2c)).toBeNull();
    expect(whereReadingStops(new TextEncoder().encode('2,a,b\r\n3,c\rd,e\r\n'), ',')).toEqual({
      line: 3,
      column: 1,
    });
    expect(whereReadingStops(new TextEncoder().encode('2,a,b\r\n3,c,d\r\n'), ',')).toBeNull();
  });
});
