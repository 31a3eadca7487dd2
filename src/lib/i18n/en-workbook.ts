import type { MessageOf } from '$lib/upload/upload-message';
import type { WorkbookProblemCode } from '$lib/upload/workbook/workbook-error';
import { countOf } from './plural';

/** The words of an Excel workbook's upload: which sheet was read. */
export interface WorkbookWords {
  sheetLabel: string;
  /** What was read: the sheet, its workbook and its rows. */
  sheetRead: (sheet: string, file: string, rows: number) => string;
}

export const workbookWords: WorkbookWords = {
  sheetLabel: 'Sheet',
  sheetRead: (sheet, file, rows) =>
    `Sheet “${sheet}” of the workbook ${file}: ${countOf('en', rows, 'row', 'rows')}, read as its cells’ values (formulas as last calculated in Excel, dates as dates).`,
};

/** Why a workbook cannot be read, in words. */
export type WorkbookMessageWords = {
  readonly [C in WorkbookProblemCode]: (message: MessageOf<C>) => string;
};

const megabytes = (bytes: number) => `${Math.floor(bytes / 1_000_000)} MB`;
const SAVE_AS = 'save it from Excel as an Excel Workbook (.xlsx) or as CSV and upload that';

export const workbookMessageWords: WorkbookMessageWords = {
  'workbook-too-large': ({ bytes, limit }) =>
    `the workbook is ${megabytes(bytes)}, more than the ${megabytes(limit)} a workbook may be here; save the sheet as CSV (which may be larger) and upload that`,
  'workbook-unpacks-too-large': ({ limit }) =>
    `the workbook would unpack to more than ${megabytes(limit)} (an .xlsx is a zip archive of XML), more than may be read here; it was not read further. Save the sheet as CSV and upload that`,
  'workbook-size-lies': ({ part }) =>
    `part ${part} of the workbook unpacks to more than its archive says, as a zip bomb does; it was not read further`,
  'workbook-too-many-cells': ({ sheet, limit }) =>
    `sheet “${sheet}” has more than ${countOf('en', limit, 'cell', 'cells')} (each row counted to its last cell), more than may be read here; it was not read further. Save the sheet as CSV and upload that`,
  'workbook-xls': () =>
    `this is an Excel 97–2003 workbook (.xls) or a workbook with a password, which cannot be read here; ${SAVE_AS}, without a password`,
  'workbook-xlsb': () =>
    `this is a binary Excel workbook (.xlsb), which cannot be read here; ${SAVE_AS}`,
  'workbook-unsupported-zip': ({ part }) =>
    `part ${part} of the workbook is encrypted or packed in a way Excel does not write; ${SAVE_AS}`,
  'workbook-damaged': ({ part }) =>
    `the workbook is damaged or not an .xlsx workbook (${part} could not be read); open it in Excel and ${SAVE_AS}`,
  'workbook-doctype': ({ part }) =>
    `part ${part} of the workbook declares a document type, which Excel never writes and which can make a file expand without end; it was not read`,
  'workbook-no-sheets': () => 'the workbook has no worksheet with cells (only charts, say)',
};
