import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/db/load-dataset';
import { readDataFiles } from '$lib/db/node-dataset';
import { ValidationError } from '$lib/ingest/issue';
import { fsaMonthly } from '$lib/schema';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('loadDataset', () => {
  it('loads empty cells as NULL, never 0', async () => {
    const monthly = (await readDataFiles()).find((file) => file.name === 'fsa_monthly.csv');
    const tradesColumn = fsaMonthly.columns.findIndex(
      (column) => column.name === 'fraudulent_trades',
    );
    const emptyCells = Papa.parse<string[]>(monthly?.text ?? '', { skipEmptyLines: true })
      .data.slice(1)
      .filter((cells) => cells[tradesColumn] === '').length;
    expect(emptyCells).toBeGreaterThan(0);
    const [row] = await db().query<{ nulls: number; zeros: number }>(`
      SELECT count(*) FILTER (WHERE fraudulent_trades IS NULL) AS nulls,
             count(*) FILTER (WHERE fraudulent_trades = 0) AS zeros
      FROM fsa_monthly`);
    expect(row).toEqual({ nulls: emptyCells, zeros: 0 });
  });

  it('refuses a bad file with a precise message and leaves the loaded tables as they were', async () => {
    const files = await readDataFiles();
    const broken = files.map((file) =>
      file.name === 'fsa_monthly.csv'
        ? { ...file, text: file.text.replace(',2746,', ',2,746,') }
        : file,
    );
    const before = await db().query(
      'SELECT count(*) AS n, sum(fraudulent_trades) AS s FROM fsa_monthly',
    );
    const attempt = loadDataset(db(), broken);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(
      /^fsa_monthly\.csv, line 8: row has 14 fields but the header has 13/,
    );
    expect(
      await db().query('SELECT count(*) AS n, sum(fraudulent_trades) AS s FROM fsa_monthly'),
    ).toEqual(before);
  });

  it('reports a file that is missing', async () => {
    const files = (await readDataFiles()).filter((file) => file.name !== 'stocks.csv');
    await expect(loadDataset(db(), files)).rejects.toThrow(/stocks\.csv.*the file is missing/);
  });
});

describe('loadDataset across tables', () => {
  it('refuses a monthly row whose release is not in fsa_releases.csv', async () => {
    const files = (await readDataFiles()).map((file) =>
      file.name === 'fsa_monthly.csv'
        ? { ...file, text: file.text.replace('\n2025-11-10,2025-10,', '\n2025-11-11,2025-10,') }
        : file,
    );
    await expect(loadDataset(db(), files)).rejects.toThrow(
      /^fsa_monthly\.csv, line 26, column "release_id", value "2025-11-11": no such release_id in fsa_releases\.csv/,
    );
  });

  it('rolls back every table when DuckDB fails partway through a load', async () => {
    const real = db();
    const before = await real.query('SELECT count(*) AS n FROM stocks');
    let creates = 0;
    const failingOnThirdTable = {
      ...real,
      query: <Row extends object>(sql: string) => {
        if (sql.startsWith('CREATE OR REPLACE TABLE') && ++creates === 3) {
          return Promise.reject(new Error('disk full'));
        }
        return real.query<Row>(sql);
      },
    };
    const emptied = (await readDataFiles()).map((file) => ({
      ...file,
      text: file.text.split('\n').slice(0, 3).join('\n') + '\n',
    }));
    await expect(loadDataset(failingOnThirdTable, emptied)).rejects.toThrow('disk full');
    expect(await real.query('SELECT count(*) AS n FROM fsa_releases')).toEqual([{ n: 10 }]);
    expect(await real.query('SELECT count(*) AS n FROM stocks')).toEqual(before);
  });
});
