import type { TableSpec } from '$lib/schema';
import { cellProblem } from './cell-rules';
import type { ValidationIssue } from './issue';
import { parseCsv, type CsvRow } from './parse-csv';

/** A file checked against its table: its header, its data rows and everything wrong with it. */
export interface CheckedTable {
  readonly file: string;
  readonly table: TableSpec;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly issues: readonly ValidationIssue[];
}

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

function rowIssues(
  file: string,
  table: TableSpec,
  header: readonly string[],
  row: CsvRow,
): ValidationIssue[] {
  if (row.cells.length !== header.length) {
    const rule = `row has ${row.cells.length} fields but the header has ${header.length}`;
    return [{ file, line: row.line, column: null, value: null, rule }];
  }
  return table.columns.flatMap((column) => {
    const value = row.cells[header.indexOf(column.name)] ?? '';
    const problem = cellProblem(value, column);
    return problem ? [{ file, line: row.line, column: column.name, value, rule: problem }] : [];
  });
}

/** Rows that repeat the key of an earlier row. */
function keyIssues(
  file: string,
  key: readonly string[],
  header: readonly string[],
  rows: readonly CsvRow[],
): ValidationIssue[] {
  const positions = key.map((name) => header.indexOf(name));
  const firstLine = new Map<string, number>();
  return rows.flatMap((row): ValidationIssue[] => {
    const values = positions.map((position) => row.cells[position] ?? '');
    const id = JSON.stringify(values);
    const earlier = firstLine.get(id);
    if (earlier === undefined) {
      firstLine.set(id, row.line);
      return [];
    }
    const rule = `duplicate row: line ${earlier} has the same ${key.join(' and ')}`;
    return [{ file, line: row.line, column: key.join(', '), value: values.join(', '), rule }];
  });
}

/** Parses a CSV file and checks it against its table's schema. */
export function checkTable(file: string, table: TableSpec, text: string): CheckedTable {
  const result = (
    header: readonly string[],
    rows: readonly CsvRow[],
    issues: ValidationIssue[],
  ) => ({
    file,
    table,
    header,
    rows,
    issues,
  });
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const rule = 'the file is empty: a header row is required';
    return result([], [], [{ file, line: 1, column: null, value: null, rule }]);
  }
  const parsed = parseCsv(file, text);
  const [headerRow, ...rows] = parsed.rows;
  const header = headerRow?.cells ?? [];
  const problems = [...parsed.issues, ...headerIssues(file, table, header)];
  if (problems.length > 0) return result(header, rows, problems);
  const cellProblems = rows.flatMap((row) => rowIssues(file, table, header, row));
  const duplicates =
    cellProblems.length === 0 && table.key ? keyIssues(file, table.key, header, rows) : [];
  return result(header, rows, [...cellProblems, ...duplicates]);
}

/** Every way a CSV file breaks its table's schema; an empty list means it may be loaded as is. */
export function validateTable(
  file: string,
  table: TableSpec,
  text: string,
): readonly ValidationIssue[] {
  return checkTable(file, table, text).issues;
}
