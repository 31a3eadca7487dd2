import type { ValidationIssue } from './issue';
import type { CheckedTable } from './validate-table';

function columnValues(checked: CheckedTable, column: string): string[] {
  const position = checked.header.indexOf(column);
  return checked.rows.map((row) => row.cells[position] ?? '');
}

/** Values that point at a row of another table that does not exist. */
export function referenceIssues(tables: readonly CheckedTable[]): ValidationIssue[] {
  return tables.flatMap((checked) =>
    (checked.table.references ?? []).flatMap((reference) => {
      const target = tables.find((candidate) => candidate.table.name === reference.table);
      if (!target) return [];
      const known = new Set(columnValues(target, reference.tableColumn));
      const position = checked.header.indexOf(reference.column);
      return checked.rows.flatMap((row) => {
        const value = row.cells[position] ?? '';
        if (value === '' || known.has(value)) return [];
        const rule = `no such ${reference.tableColumn} in ${target.file}`;
        return [{ file: checked.file, line: row.line, column: reference.column, value, rule }];
      });
    }),
  );
}
