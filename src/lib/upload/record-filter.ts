import type { RecordFilter } from './line-records';
import type { Sniffed } from './types';

/**
 * What the loader skips of a file read line by line, as the table finder found it: records before
 * the data (title, header, units), blank rows, totals and footnotes, and a trailing comma's empty
 * cells. `headerLines` is what is left to skip by counting records (none, when lines are known).
 */
export function recordFilterOf(sniffed: Sniffed): { headerLines: number; filter?: RecordFilter } {
  if (sniffed.firstDataLine === undefined) return { headerLines: sniffed.headerLines };
  return {
    headerLines: 0,
    filter: {
      firstLine: sniffed.firstDataLine,
      skipLines: new Set(sniffed.skipLines ?? []),
      trailingEmptyCells: sniffed.trailingEmptyCells ?? 0,
      width: sniffed.headers.length,
      ...(sniffed.sniffedThroughLine === undefined
        ? {}
        : {
            classifyFrom: sniffed.sniffedThroughLine + 1,
            footnoteBefore: sniffed.endsInFootnotes ?? false,
          }),
    },
  };
}
