import { describe, expect, it } from 'vitest';
import { sqlWords } from '$lib/i18n/en-sql';
import { schemaEntries } from '$views/sql/schema-entries';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('the SQL console schema browser', () => {
  it('lists every table and the latest view with the columns and types DuckDB has', async () => {
    for (const entry of schemaEntries(sqlWords.schema)) {
      const described = await db().query<{ column_name: string; column_type: string }>(
        `DESCRIBE ${entry.name}`,
      );
      expect(
        entry.columns.map((column) => [column.name, column.type]),
        entry.name,
      ).toEqual(described.map((column) => [column.column_name, column.column_type]));
    }
  });

  it('describes the latest view column by column', () => {
    const latest = schemaEntries(sqlWords.schema).find(
      (entry) => entry.name === 'fsa_monthly_latest',
    );
    expect(latest?.isView).toBe(true);
    expect(latest?.columns.find((column) => column.name === 'fraudulent_trades')).toMatchObject({
      type: 'BIGINT',
      unit: 'cases',
      description: 'Fraudulent trades (不正取引件数): the latest published figure',
    });
    expect(latest?.columns.find((column) => column.name === 'sell_oku_yen_period_end')?.type).toBe(
      'DATE',
    );
  });
});
