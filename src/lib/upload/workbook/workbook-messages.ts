import type { WorkbookProblem } from './workbook-error';

/** What the page asks the workbook worker: a file, and the sheet to read (else the first). */
export interface WorkbookRequest {
  readonly file: Blob;
  readonly sheet?: string;
}

/** The chosen sheet as a CSV the upload reads like any other, or why the workbook cannot be. */
export type WorkbookAnswer =
  | {
      readonly type: 'sheet';
      readonly sheets: readonly string[];
      readonly sheet: string;
      readonly csv: Blob;
      readonly rows: number;
    }
  | { readonly type: 'problem'; readonly problem: WorkbookProblem }
  | { readonly type: 'failed'; readonly message: string };
