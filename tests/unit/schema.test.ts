import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTable } from '$lib/ingest/validate-table';
import { TABLES, fsaMonthly } from '$lib/schema';
import { createTableFromCsvSql } from '$lib/schema/create-table-sql';

describe('schema', () => {
  it('declares exactly the columns of each built-in file, in order', () => {
    for (const table of TABLES) {
      const text = readFileSync(path.resolve('data', table.file), 'utf8');
      const { header } = checkTable(table.file, table, text);
      expect(header, table.file).toEqual(table.columns.map((column) => column.name));
    }
  });

  it('gives every column a description, and every table its provenance columns', () => {
    for (const table of TABLES) {
      for (const column of table.columns)
        expect(column.description, `${table.name}.${column.name}`).not.toBe('');
      expect(table.columns.some((column) => column.name === 'source_url' && column.required)).toBe(
        true,
      );
    }
  });

  it('derives the DuckDB table from the declaration, in the file’s column order', () => {
    const sql = createTableFromCsvSql(fsaMonthly, 'fsa_monthly.csv', ['month', 'release_id']);
    expect(sql).toContain("columns = {'month': 'VARCHAR', 'release_id': 'VARCHAR'}");
    expect(sql).toContain('SELECT "release_id", "month", "period_start"');
    expect(sql).toContain('auto_detect = false');
  });
});
