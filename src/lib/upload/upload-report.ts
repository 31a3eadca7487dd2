import type { CheckKind } from './check-kinds';
import type { MergeMode } from './merge-into-table';
import type { TextEncodingName, UploadTargetName } from './types';
import type { UploadMessage } from './upload-message';

/** How one column of the file fared. */
export interface ColumnReport {
  readonly label: string;
  readonly name: string;
  readonly kind: CheckKind;
  readonly valid: number;
  readonly empty: number;
  readonly rejected: number;
  /** Whether the text as written is kept beside the value, in `<name>_original`. */
  readonly keptOriginal: boolean;
}

/** One reason a row was not loaded. `column` is null when the whole line could not be read. */
export interface RejectedCell {
  readonly line: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly reasons: readonly UploadMessage[];
}

export interface UploadReport {
  readonly file: string;
  readonly encoding: TextEncodingName;
  /** The DuckDB table holding the valid rows. */
  readonly table: string;
  readonly target: UploadTargetName | null;
  readonly mode: MergeMode;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly columns: readonly ColumnReport[];
  /** The first rejected cells, in file order; `rejectedCells` counts them all. */
  readonly rejected: readonly RejectedCell[];
  readonly rejectedCells: number;
  /** The file's own column names, for the download of rejected rows. */
  readonly headers: readonly string[];
  /** The temporary table the rejected rows can be downloaded from. */
  readonly rejectedTable: string;
  readonly notes: readonly UploadMessage[];
}
