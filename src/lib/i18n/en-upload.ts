import { formatCount } from '$lib/format/numbers';
import type { CheckKind } from '$lib/upload/check-kinds';
import type { MergeMode } from '$lib/upload/merge-into-table';
import type { AmountUnit, SuggestedBy, TextEncodingName } from '$lib/upload/types';
import { workbookWords, type WorkbookWords } from './en-workbook';
import { countOf } from './plural';

/** The words of "Add your own data": choosing, mapping, loading and the report. */
export interface UploadWords {
  heading: string;
  intro: string;
  chooseFile: string;
  workbook: WorkbookWords;
  dropHint: string;
  pasteLabel: string;
  pasteButton: string;
  pastedName: string;
  sniffing: (file: string) => string;
  preview: string;
  encodingLabel: string;
  encodingAuto: string;
  encodings: Record<TextEncodingName, string>;
  detected: (encoding: string, delimiter: string, header: boolean, rows: number) => string;
  delimiters: Record<',' | '\t' | ';', string>;
  targetLabel: string;
  freeTable: string;
  suggested: (table: string) => string;
  /** Why a column was suggested for its target: its header, the words in it, or its values. */
  suggestedBy: Record<SuggestedBy, (header: string, example: string) => string>;
  noMatch: string;
  modeLabel: string;
  modes: Record<MergeMode, string>;
  columnHeading: string;
  sampleHeading: string;
  goesToHeading: string;
  unitHeading: string;
  keepColumn: string;
  units: Record<AmountUnit, string>;
  kinds: Record<CheckKind, string>;
  constantsHeading: string;
  constantLabel: (column: string) => string;
  wholeMonths: string;
  confirm: string;
  cancel: string;
  loading: Record<'reading' | 'checking' | 'saving', string>;
  progress: (read: string, total: string) => string;
  reportHeading: (file: string) => string;
  loaded: (rows: number, table: string) => string;
  rejectedRows: (rows: number) => string;
  nothingRejected: string;
  merged: Record<Exclude<MergeMode, 'beside'>, (table: string) => string>;
  besideNote: (table: string) => string;
  columnsCaption: string;
  statsHeadings: {
    column: string;
    storedAs: string;
    type: string;
    valid: string;
    empty: string;
    rejected: string;
  };
  keptOriginal: (column: string) => string;
  rejectedCaption: (shown: number, total: number) => string;
  rejectedHeadings: { line: string; column: string; value: string; reason: string };
  wholeLine: string;
  downloadRejected: string;
  failed: string;
  uploadsHeading: string;
  modifiedNotice: (files: string) => string;
  reset: string;
  resetDone: string;
  resetFailed: string;
  downloadFailed: string;
  engineFailed: string;
  remove: string;
  queryHint: (table: string) => string;
}

export const uploadWords: UploadWords = {
  heading: 'Add your own data',
  intro:
    'Drop a CSV file or an Excel workbook (.xlsx) here, choose one, or paste a table copied from a web page or spreadsheet. It is read in your browser only: nothing is sent anywhere. It is added beside the published figures; it changes them only if you choose that, and “Reset to the published data” undoes it.',
  chooseFile: 'Choose a CSV or Excel file',
  workbook: workbookWords,
  dropHint: 'or drop it here',
  pasteLabel: 'Or paste a table',
  pasteButton: 'Use the pasted table',
  pastedName: 'pasted table.tsv',
  sniffing: (file) => `Reading the start of ${file}…`,
  preview: 'First rows of the file, as written',
  encodingLabel: 'Text encoding',
  encodingAuto: 'as detected',
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (with byte-order mark)',
    shift_jis: 'Shift_JIS',
    'utf-16le': 'UTF-16 LE (Excel’s “Unicode Text”)',
    'utf-16be': 'UTF-16 BE',
    'windows-1252': 'Windows-1252 (Latin-1)',
  },
  detected: (encoding, delimiter, header, rows) =>
    `${encoding}, ${delimiter}, ${header ? 'with a header row' : 'no header row'}; ${countOf('en', rows, 'row', 'rows')} previewed.`,
  delimiters: { ',': 'comma-separated', '\t': 'tab-separated', ';': 'semicolon-separated' },
  targetLabel: 'This file is',
  freeTable: 'a table of its own (query it, chart it)',
  suggested: (table) => `Its headers match ${table}.`,
  suggestedBy: {
    header: (header) => `Suggested because the header “${header}” names it.`,
    'header-words': (header) => `Suggested for the words in the header “${header}”.`,
    values: (_header, example) =>
      `Suggested because its values read as months (${example}), whatever the header says.`,
  },
  noMatch: 'Its headers match none of the known tables; it can load as a table of its own.',
  modeLabel: 'Load it',
  modes: {
    beside: 'beside the published data (changes no figure)',
    append: 'and add its rows to the published table',
    replace: 'in place of the published table',
  },
  columnHeading: 'Column in the file',
  sampleHeading: 'First value',
  goesToHeading: 'Goes to',
  unitHeading: 'Unit / type',
  keepColumn: 'its own column',
  units: { yen: '円 (yen)', man_yen: '万円 (10,000 yen)', oku_yen: '億円 (100 million yen)' },
  kinds: {
    text: 'text',
    url: 'web address',
    date: 'date',
    month: 'month',
    release_id: 'release date',
    count: 'whole number',
    oku_yen: 'amount in 億円',
    enum: 'one of a list',
    number: 'number',
  },
  constantsHeading: 'Values the file does not give',
  constantLabel: (column) => `${column} for every row`,
  wholeMonths:
    'Each row covers its whole month: period_start is the 1st and period_end the last day of its month',
  confirm: 'Load the file',
  cancel: 'Cancel',
  loading: {
    reading: 'Reading the file into DuckDB',
    checking: 'Checking and normalising every value',
    saving: 'Saving the table',
  },
  progress: (read, total) => `${read} of ${total}`,
  reportHeading: (file) => `Upload report: ${file}`,
  loaded: (rows, table) => `${countOf('en', rows, 'row', 'rows')} loaded into the table ${table}.`,
  rejectedRows: (rows) =>
    `${countOf('en', rows, 'row was', 'rows were')} not loaded; ${rows === 1 ? 'it is' : 'each is'} listed below with the reason.`,
  nothingRejected: 'No row was rejected.',
  merged: {
    append: (table) =>
      `Its rows were added to the published table ${table}; the charts above include them.`,
    replace: (table) => `It replaced the published table ${table}; the charts above show it.`,
  },
  besideNote: (table) => `The published figures are unchanged. Query ${table} in the SQL console.`,
  columnsCaption:
    'Each column: the type it was read as, and how many values were valid, empty or rejected',
  statsHeadings: {
    column: 'Column',
    storedAs: 'Stored as',
    type: 'Type',
    valid: 'Valid',
    empty: 'Empty',
    rejected: 'Rejected',
  },
  keptOriginal: (column) => `as written: ${column}_original`,
  rejectedCaption: (shown, total) =>
    `Rejected values (${formatCount(shown)} of ${countOf('en', total, 'value', 'values')} shown)`,
  rejectedHeadings: { line: 'Line', column: 'Column', value: 'Value as written', reason: 'Why' },
  wholeLine: 'whole line',
  downloadRejected: 'Download the rejected rows (CSV)',
  failed: 'The file was not loaded',
  uploadsHeading: 'Your data',
  modifiedNotice: (files) =>
    `The charts include your data (${files}), not only the published figures.`,
  reset: 'Reset to the published data',
  resetDone: 'The published data is restored.',
  resetFailed: 'The published data could not be restored. Reload the page to start again from it.',
  downloadFailed: 'The rejected rows could not be downloaded.',
  engineFailed: 'DuckDB stopped while loading the file. Nothing was changed.',
  remove: 'Remove',
  queryHint: (table) => `In the SQL console: SELECT * FROM ${table}`,
};
