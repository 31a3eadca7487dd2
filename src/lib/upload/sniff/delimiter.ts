import type { Delimiter } from '../types';

const LINES_TO_READ = 50;

/**
 * Cells per line when split at `delimiter`, for the first non-blank lines. A quote opens a quoted
 * cell only at the start of a cell, as papaparse reads it; delimiters and line breaks inside one
 * do not count. An unfinished last line is left out: the sample may have been cut inside it.
 */
function cellCounts(text: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let cells = 1;
  let inQuotes = false;
  let cellStart = true;
  let blank = true;
  for (let index = 0; index < text.length && counts.length < LINES_TO_READ; index += 1) {
    const char = text[index];
    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') inQuotes = false;
    } else if (char === '"' && cellStart) {
      inQuotes = true;
      cellStart = false;
      blank = false;
    } else if (char === '\n' || char === '\r') {
      if (!blank) counts.push(cells);
      cells = 1;
      cellStart = true;
      blank = true;
    } else if (char === delimiter) {
      cells += 1;
      cellStart = true;
    } else {
      cellStart = false;
      if (char !== ' ') blank = false;
    }
  }
  if (counts.length === 0 && !blank) counts.push(cells);
  return counts;
}

/** Share of lines that have the most common cell count, when that count is more than one. */
function consistency(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = 0;
  for (const [cells, lines] of frequency) if (cells > 1 && lines > best) best = lines;
  return counts.length === 0 ? 0 : best / counts.length;
}

/** Comma, tab or semicolon: whichever splits the first lines into the same number of cells. */
export function detectDelimiter(text: string): Delimiter {
  const tabCounts = cellCounts(text, '\t');
  const scores = new Map<Delimiter, number>([
    [',', consistency(cellCounts(text, ','))],
    ['\t', consistency(tabCounts)],
    [';', consistency(cellCounts(text, ';'))],
  ]);
  const best = Math.max(...scores.values());
  if (best === 0) return ',';
  // A table pasted from a spreadsheet has a tab on every line; its cells may hold commas.
  const pasted = tabCounts.length > 0 && tabCounts.every((count) => count > 1);
  const preference: readonly Delimiter[] = pasted ? ['\t', ',', ';'] : [',', '\t', ';'];
  return preference.find((delimiter) => scores.get(delimiter) === best) ?? ',';
}
