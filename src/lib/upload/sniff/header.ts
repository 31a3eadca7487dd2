import { isValueLike, mostly } from './cell-shape';
import { isKnownHeader } from './header-names';

type Row = readonly string[];

const isNameLike = (cell: string) => cell.trim() !== '' && !isValueLike(cell);

/** Most cells are names, not numbers or dates, and most of the names differ. */
function looksLikeNames(row: Row): boolean {
  const names = row.filter(isNameLike).map((cell) => cell.trim().toLowerCase());
  return names.length * 2 > row.length && new Set(names).size * 2 > names.length;
}

function knowsMostNames(row: Row): boolean {
  const filled = row.filter((cell) => cell.trim() !== '');
  const known = filled.filter(isKnownHeader).length;
  return known > 0 && known * 2 >= filled.length;
}

/** Some named column holds mostly numbers or dates in the rows below. */
function valuesBelowNames(first: Row, below: readonly Row[]): boolean {
  return first.some(
    (cell, index) =>
      isNameLike(cell) &&
      mostly(
        below.map((row) => row[index] ?? ''),
        isValueLike,
      ),
  );
}

/**
 * 1 when the first row names the columns, else 0. A lone row of distinct names counts as a
 * header: a file that holds only its header row is more likely than a table of one text row.
 */
export function detectHeader(rows: readonly Row[]): 0 | 1 {
  const [first, ...below] = rows;
  if (first === undefined) return 0;
  if (knowsMostNames(first)) return 1;
  if (!looksLikeNames(first)) return 0;
  if (below.length === 0) return first.every(isNameLike) ? 1 : 0;
  return valuesBelowNames(first, below) ? 1 : 0;
}

/** column_1, column_2, … for a file without a header row. */
export const placeholderHeaders = (count: number) =>
  Array.from({ length: count }, (_, index) => `column_${index + 1}`);

/**
 * Header cells made usable as column names: trimmed, an empty one named by its position
 * (column_N), a repeat renamed name_2, name_3, …. Names differing only in case count as repeats,
 * since DuckDB column names ignore case.
 */
export function uniqueHeaders(cells: readonly string[]): {
  headers: string[];
  duplicates: string[];
} {
  const trimmed = cells.map((cell) => cell.trim());
  const written = new Set(trimmed.map((name) => name.toLowerCase()));
  const used = new Set<string>();
  const duplicates = new Map<string, string>();
  const isFree = (name: string) =>
    !used.has(name.toLowerCase()) && !written.has(name.toLowerCase());
  const rename = (base: string, baseAllowed: boolean) => {
    if (baseAllowed && isFree(base)) return base;
    let suffix = 2;
    while (!isFree(`${base}_${suffix}`)) suffix += 1;
    return `${base}_${suffix}`;
  };
  const headers = trimmed.map((name, index) => {
    const key = name.toLowerCase();
    let header = name;
    if (name === '') header = rename(`column_${index + 1}`, true);
    else if (used.has(key)) {
      if (!duplicates.has(key))
        duplicates.set(key, trimmed.find((other) => other.toLowerCase() === key) ?? name);
      header = rename(name, false);
    }
    used.add(header.toLowerCase());
    return header;
  });
  return { headers, duplicates: [...duplicates.values()] };
}
