import type { UploadTargetName } from '../types';
import { HEADER_SYNONYMS } from './header-synonyms';
import { UPLOAD_TARGETS, UPLOAD_TARGET_NAMES } from './upload-targets';

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】/g;
const SEPARATORS = /[\s_\-・.]+/g;

/** A header's text reduced to what identifies it: "売却金額（円）" and "売却金額" are one name. */
export const normaliseHeader = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(SEPARATORS, '');

export interface KnownColumn {
  readonly name: string;
  /** The column's own name, normalised. */
  readonly exact: string;
  /** Its own name and its synonyms, normalised. */
  readonly names: ReadonlySet<string>;
}

function knownColumns(table: UploadTargetName): readonly KnownColumn[] {
  const synonyms: Readonly<Record<string, readonly string[] | undefined>> = HEADER_SYNONYMS[table];
  return UPLOAD_TARGETS[table].columns.map(({ name }) => {
    const exact = normaliseHeader(name);
    const names = new Set([exact, ...(synonyms[name] ?? []).map(normaliseHeader)]);
    return { name, exact, names };
  });
}

export const KNOWN_COLUMNS = Object.fromEntries(
  UPLOAD_TARGET_NAMES.map((table) => [table, knownColumns(table)]),
) as Record<UploadTargetName, readonly KnownColumn[]>;

const EVERY_KNOWN_NAME = new Set(
  Object.values(KNOWN_COLUMNS).flatMap((columns) => columns.flatMap((column) => [...column.names])),
);

/** Whether some table has a column of this name or one of its synonyms. */
export const isKnownHeader = (cell: string) => EVERY_KNOWN_NAME.has(normaliseHeader(cell));
