import type { CellReason, UploadMessage } from './upload-message';

/** The contracts shared by the upload's sniffing, normalising, loading and reporting. */

/**
 * How the file's bytes were decoded. `utf-8-bom` is UTF-8 that starts with a byte-order mark;
 * `windows-1252` is what browsers read Latin-1 (ISO-8859-1) as.
 */
export type TextEncodingName =
  'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Delimiter = ',' | '\t' | ';';

/** `fsa-wide` is the FSA's own table: one row per metric, one column per month. */
export type Layout = 'rows' | 'fsa-wide';

/** The unit a plain number in an amount column is written in. Amounts are stored in 億円. */
export type AmountUnit = 'yen' | 'man_yen' | 'oku_yen';

/** What a normaliser made of one cell: the parsed value, or why it could not be read. */
export type Normalised<T> =
  | { readonly ok: true; readonly value: T; readonly original: string; readonly changed: boolean }
  | { readonly ok: false; readonly original: string; readonly reason: CellReason };

/** The names of the tables an upload can be mapped to: the five built-in ones and incidents. */
export type UploadTargetName =
  'fsa_releases' | 'fsa_monthly' | 'brokers' | 'stocks' | 'events' | 'incidents';

/** One column of the file and where it goes: a target column, or `null` to keep it as it is. */
export interface ColumnMapping {
  /** Index of the column in the file's header. */
  readonly source: number;
  readonly target: string | null;
  /** For amount columns: the unit of plain numbers, read from the header where it says. */
  readonly unit: AmountUnit | null;
  /** Why the target was suggested: its header names it, or its values read as one (months). */
  readonly why?: SuggestedBy;
}

export type SuggestedBy = 'header' | 'header-words' | 'values';

/** The table a file seems to be, with the evidence: how many of its headers were recognised. */
export interface MappingSuggestion {
  /** `null`: the headers match no known table; the file loads as a free table. */
  readonly table: UploadTargetName | null;
  /** Share of the target's required columns that were found, 0 to 1. */
  readonly score: number;
  readonly columns: readonly ColumnMapping[];
}

/** What the first part of a file shows: enough to preview it and to suggest a mapping. */
export interface Sniffed {
  readonly encoding: TextEncodingName;
  readonly delimiter: Delimiter;
  /** Lines before the first data row (0 when the file has no header row, else 1). */
  readonly headerLines: 0 | 1;
  readonly layout: Layout;
  /** Column names: the header row's cells, made unique, or column_1, column_2, … without one. */
  readonly headers: readonly string[];
  /** Headers that appeared more than once, as they were written, so the report can say so. */
  readonly duplicateHeaders: readonly string[];
  /** The first data rows, as text, for the preview. */
  readonly preview: readonly (readonly string[])[];
  readonly suggestion: MappingSuggestion;
  /** What the sniffer left out and why (a stated-total column of the FSA's table, say). */
  readonly notes?: readonly UploadMessage[];
  /**
   * For a file read line by line: the line its data starts on (title, header and units rows are
   * above it), and the lines from there on that are not data (blank rows, totals, footnotes).
   * Without them, `headerLines` records are skipped and every later one is read.
   */
  readonly firstDataLine?: number;
  readonly skipLines?: readonly number[];
  /**
   * The last line the table finder read: the loader applies its rules to the lines after it as
   * they stream, and names each total and footnote it leaves out.
   */
  readonly sniffedThroughLine?: number;
  /** The rows read end in footnotes, so a row of words after them may continue one. */
  readonly endsInFootnotes?: boolean;
  /** Empty cells at the end of every record beyond the header's last name (a trailing comma). */
  readonly trailingEmptyCells?: number;
  /** Per column, the unit a units row or the header states (件, 億円), or null. */
  readonly units?: readonly (string | null)[];
}
