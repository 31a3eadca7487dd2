/** A cell as the workbook stores it: text, a number, TRUE/FALSE, a date, or nothing. */
export type WorkbookCell = string | number | boolean | Date | null;

export interface WorkbookSheet {
  readonly name: string;
  /** Row by row from the sheet's first row; a row ends at its last cell with a value. */
  readonly rows: WorkbookCell[][];
  /** Date cells whose format shows a year and month but no day (yyyy"年"m"月"), as "row,column". */
  readonly monthCells: ReadonlySet<string>;
}

export interface WorkbookLimits {
  /** The workbook file itself. */
  readonly maxBytes: number;
  /** All the parts read from it, unpacked. */
  readonly maxUncompressedBytes: number;
  /** Cells of one sheet, counting each row to its last cell, and an empty row as one. */
  readonly maxCells: number;
}

export const DEFAULT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxBytes: 64_000_000,
  maxUncompressedBytes: 512_000_000,
  maxCells: 5_000_000,
};
