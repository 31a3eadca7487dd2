import { describe, expect, it } from 'vitest';
import { lockExternalAccess } from '$lib/db/lock-external-access';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('SQL typed by a reader', () => {
  it('returns typed columns and plain rows', async () => {
    const { columns, rows } = await db().run(
      "SELECT month, fraudulent_trades, period_end FROM fsa_monthly WHERE release_id = '2025-04-18' ORDER BY month",
    ).result;
    expect(columns.map((column) => column.name)).toEqual([
      'month',
      'fraudulent_trades',
      'period_end',
    ]);
    expect(rows[0]).toEqual({ month: '2025-02', fraudulent_trades: 33, period_end: '2025-02-28' });
  });

  it('cannot reach files, URLs or settings once the dataset is locked', async () => {
    await lockExternalAccess(db());
    await expect(
      db().run("SELECT * FROM read_csv('https://example.com/x.csv')").result,
    ).rejects.toThrow(/disabled|Permission/i);
    await expect(db().run("SELECT * FROM read_csv('/etc/passwd')").result).rejects.toThrow(
      /disabled|Permission/i,
    );
    await expect(db().run('SET enable_external_access = true').result).rejects.toThrow(/lock/i);
    expect((await db().run('SELECT count(*) AS n FROM brokers').result).rows).toEqual([{ n: 18 }]);
  });
});
