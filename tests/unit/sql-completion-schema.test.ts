import { describe, expect, it } from 'vitest';
import { completionSchema, uploadedTables } from '$lib/sql/editor/completion-schema';
import { TABLES } from '$lib/schema';
import { en } from '$lib/i18n/en';
import { schemaEntries } from '$views/sql/schema-entries';

describe('the editor’s schema for completion', () => {
  it('offers every published table, the latest view and their columns with their types', () => {
    const schema = completionSchema(schemaEntries(en.sql.schema));
    for (const table of TABLES) {
      expect(schema[table.name]?.children.map((column) => column.label)).toEqual(
        table.columns.map((column) => column.name),
      );
    }
    expect(schema.fsa_monthly_latest?.children.map((column) => column.label)).toContain(
      'fraudulent_trades_confidence',
    );
    expect(schema.fsa_monthly?.children.find((c) => c.label === 'month')?.detail).toBe('VARCHAR');
  });

  it('adds an upload’s table after them, and a repeated name keeps its first columns', () => {
    const schema = completionSchema([
      { name: 'brokers', columns: [{ name: 'broker_en', type: 'VARCHAR' }] },
      {
        name: 'upload_1_cases',
        description: 'cases.csv',
        columns: [{ name: '発生時期', type: 'VARCHAR' }],
      },
      { name: 'brokers', columns: [{ name: 'other', type: 'INTEGER' }] },
    ]);
    expect(Object.keys(schema)).toEqual(['brokers', 'upload_1_cases']);
    expect(schema.upload_1_cases?.self).toEqual({
      label: 'upload_1_cases',
      type: 'type',
      detail: 'cases.csv',
    });
    expect(schema.brokers?.children.map((column) => column.label)).toEqual(['broker_en']);
  });

  it('names an upload’s table by the table DuckDB holds, described by the reader’s file', () => {
    const tables = uploadedTables([
      {
        report: { table: 'upload_2_cases', file: '被害件数.csv' },
        columns: [{ name: '発生時期', type: 'VARCHAR' }],
      },
    ]);
    expect(tables).toEqual([
      {
        name: 'upload_2_cases',
        description: '被害件数.csv',
        columns: [{ name: '発生時期', type: 'VARCHAR' }],
      },
    ]);
    expect(completionSchema(tables).upload_2_cases?.self.detail).toBe('被害件数.csv');
  });
});
