/** Why a workbook cannot be read: a code for the message dictionaries and the facts it needs. */
export type WorkbookProblem =
  /** The file is bigger than a workbook may be. */
  | { readonly code: 'workbook-too-large'; readonly bytes: number; readonly limit: number }
  /** Its parts would unpack to more than the limit (declared, or found while unpacking). */
  | { readonly code: 'workbook-unpacks-too-large'; readonly limit: number }
  /** A part unpacks to more than the archive's directory says: a zip bomb or a damaged file. */
  | { readonly code: 'workbook-size-lies'; readonly part: string }
  /** The sheet has more cells than the limit. */
  | { readonly code: 'workbook-too-many-cells'; readonly sheet: string; readonly limit: number }
  /** An Excel 97–2003 `.xls`, or a workbook saved with a password (both are OLE files). */
  | { readonly code: 'workbook-xls' }
  /** A binary `.xlsb` workbook. */
  | { readonly code: 'workbook-xlsb' }
  /** Parts compressed in a way a workbook does not use, encrypted, or ZIP64. */
  | { readonly code: 'workbook-unsupported-zip'; readonly part: string }
  /** Not a zip archive, a part missing, or XML that does not parse. */
  | { readonly code: 'workbook-damaged'; readonly part: string }
  /** XML with a document type declaration, which a workbook never needs (entity expansion). */
  | { readonly code: 'workbook-doctype'; readonly part: string }
  /** No worksheet to read (only chart sheets, say). */
  | { readonly code: 'workbook-no-sheets' };

export type WorkbookProblemCode = WorkbookProblem['code'];

/** Thrown by the workbook reader; `problem` says why in terms the dictionaries can word. */
export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(`workbook: ${problem.code}${'part' in problem ? ` (${problem.part})` : ''}`);
    this.name = 'WorkbookError';
  }

  get code(): WorkbookProblemCode {
    return this.problem.code;
  }
}
