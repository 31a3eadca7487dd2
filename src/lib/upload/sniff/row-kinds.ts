import { isValueLike } from './cell-shape';

/** What a row of a sheet is, by its own cells: blank, a stated total, a footnote, a units row. */

const filledCells = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '');

export const isBlankRow = (row: readonly string[]) => filledCells(row).length === 0;

/** The first filled cell, as a label is compared: NFKC, no spaces, brackets or colon at its end. */
function firstLabel(row: readonly string[]): string {
  const first = filledCells(row)[0] ?? '';
  return first
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '');
}

const TOTAL_WORDS = /^(合計|総計|累計|小計|総合計|計|total|totals|grand total|sub-?total|sum)$/;
const TOTAL_START = /^(合計|総計|累計|小計|総合計)|^(grand )?total\s*\(|^計\s*\(/;

/** A row stating a total (合計, 計, 累計, total): its label is in its first filled cell. */
export function isTotalRow(row: readonly string[]): boolean {
  const label = firstLabel(row);
  return TOTAL_WORDS.test(label) || TOTAL_START.test(label);
}

const FOOTNOTE_START =
  /^(※|\*|†|＊|\(注\d*\)|注\d*[:.)]|注\d+\s|\((出所|出典|資料)\)|(出所|出典|資料)\s*:|notes?\s*\d*\s*[:.)]|sources?\s*:)/;

/** A footnote: ※ …, 注1: …, (出所) …, Note: …, in its first filled cell. */
export function isFootnoteRow(row: readonly string[]): boolean {
  const first = filledCells(row)[0];
  if (first === undefined) return false;
  return FOOTNOTE_START.test(first.normalize('NFKC').trim().toLowerCase());
}

/** A footnote's second line has no mark of its own: one cell of words, after a footnote. */
export const isContinuation = (row: readonly string[]) =>
  filledCells(row).length === 1 && !row.some((cell) => cell.trim() !== '' && isValueLike(cell));

/** How much of a row a note quotes: enough to find it, not a whole line of a megabyte. */
const NOTE_CHARACTERS = 200;

/** A row's filled cells as one text, to name it in a note. */
export function rowText(row: readonly string[]): string {
  const text = filledCells(row)
    .map((cell) => cell.trim())
    .join(' ');
  return text.length > NOTE_CHARACTERS ? `${text.slice(0, NOTE_CHARACTERS)}…` : text;
}

const BRACKETED_UNIT = /^[(（[【]\s*(?:単位\s*[:：]\s*)?([^()（）[\]【】]{1,8})\s*[)）\]】]$/u;
const UNIT_WORD =
  /^(?:単位\s*[:：]\s*)?(件|社|人|円|千円|万円|百万円|億円|株|%|％|yen|jpy|count|number|cases)$/iu;

/** The unit a cell of a units row gives: （件） → 件, (億円) → 億円; null where it is not one. */
export function unitOfCell(cell: string): string | null {
  const text = cell.trim();
  const bracketed = BRACKETED_UNIT.exec(text)?.[1]?.trim();
  if (bracketed !== undefined && !/\d/.test(bracketed)) return bracketed;
  return UNIT_WORD.exec(text)?.[1] ?? null;
}

/** A row under a header that gives units only: every filled cell is a unit, at least one. */
export function isUnitsRow(row: readonly string[]): boolean {
  const filled = filledCells(row);
  return filled.length > 0 && filled.every((cell) => unitOfCell(cell) !== null);
}

/** The unit a header writes in brackets at its end: 売却金額（億円） → 億円. */
export function unitInHeader(header: string): string | null {
  const bracket = /[(（[【]([^()（）[\]【】]{1,8})[)）\]】]\s*$/u.exec(header.trim());
  if (!bracket) return null;
  return unitOfCell(`(${bracket[1] ?? ''})`);
}
