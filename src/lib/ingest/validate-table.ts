import type { TableSpec } from '$lib/schema';
import { cellProblem } from './cell-rules';
import type { ValidationIssue } from './issue';
import { parseCsv, type CsvRow } from './parse-csv';

function headerIssues(
  file: string,
  table: TableSpec,
  header: readonly string[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (column: string | null, value: string | null, rule: string) =>
    issues.push({ file, line: 1, column, value, rule });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) at(name, name, 'duplicate column in the header');
    seen.add(name);
    if (!table.columns.some((column) => column.name === name)) {
      at(name, name, `unexpected column: table ${table.name} has no column "${name}"`);
    }
  }
  for (const column of table.columns) {
    if (!seen.has(column.name))
      at(column.name, null, `missing column: table ${table.name} needs it`);
  }
  return issues;
}

function rowIssues(file: string, table: TableSpec, header: readonly string[], row: CsvRow) {
  const issues: ValidationIssue[] = [];
  if (row.cells.length !== header.length) {
    issues.push({
      file,
      line: row.line,
      column: null,
      value: null,
      rule: `row has ${row.cells.length} fields but the header has ${header.length}`,
    });
    return issues;
  }
  table.columns.forEach((column) => {
    const value = row.cells[header.indexOf(column.name)] ?? '';
    const problem = cellProblem(value, column);
    if (problem) issues.push({ file, line: row.line, column: column.name, value, rule: problem });
  });
  return issues;
}

/** Every way a CSV file breaks its table's schema; an empty list means it may be loaded as is. */
export function validateTable(file: string, table: TableSpec, text: string): ValidationIssue[] {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return [
      {
        file,
        line: 1,
        column: null,
        value: null,
        rule: 'the file is empty: a header row is required',
      },
    ];
  }
  const { rows, issues } = parseCsv(file, text);
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return [...issues];
  const header = headerRow.cells;
  const headerProblems = headerIssues(file, table, header);
  if (headerProblems.length > 0) return [...issues, ...headerProblems];
  return [...issues, ...dataRows.flatMap((row) => rowIssues(file, table, header, row))];
}
