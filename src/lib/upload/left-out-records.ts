import { isBlankRow, isContinuation, isFootnoteRow, isTotalRow, rowText } from './sniff/row-kinds';
import type { UploadMessage } from './upload-message';

/** Totals and footnotes past the sniffed part named one by one; later ones are counted. */
export const NAMED_LEFT_OUT = 100;

const QUOTE = 0x22;
const CARRIAGE_RETURN = 0x0d;
// A byte-order mark inside a cell is part of its text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * How a total's or a footnote's label may start in ASCII (row-kinds.ts): total, grand total,
 * subtotal, sum, note, source, (注), *. Compared lower-cased, up to three characters.
 */
const ASCII_STARTS = ['tot', 'gra', 'sub', 'sum', 'not', 'sou', '(', '*'].map((start) =>
  [...start].map((char) => char.charCodeAt(0)),
);
/** The ASCII bytes (lower-cased) that may open a label; every other one rules a record out. */
const OPENS = new Uint8Array(128);
for (const start of ASCII_STARTS) OPENS[start[0] ?? 0] = 1;
/** Ideographs that open a label of row-kinds.ts: 合計 総計 累計 小計 計, 注 出所 資料. */
const OPENING_IDEOGRAPHS = new Set([...'合総累小計注出資'].map((char) => char.codePointAt(0)));

/** The character a UTF-8 sequence of two or three bytes stands for (kana, ideographs). */
function codePointAt(data: Uint8Array, at: number): number {
  const lead = data[at] ?? 0;
  const second = (data[at + 1] ?? 0) & 0x3f;
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | second;
  return ((lead & 0x0f) << 12) | (second << 6) | ((data[at + 2] ?? 0) & 0x3f);
}

/** Kana and ideographs other than those above stay themselves under NFKC: no label opens so. */
function mayOpenWithCharacter(codePoint: number): boolean {
  const kana =
    (codePoint >= 0x3041 && codePoint <= 0x3096) || (codePoint >= 0x30a1 && codePoint <= 0x30fa);
  const ideograph = codePoint >= 0x4e00 && codePoint <= 0x9fff;
  return (!kana && !ideograph) || OPENING_IDEOGRAPHS.has(codePoint);
}

function startsLike(data: Uint8Array, at: number, end: number, start: readonly number[]) {
  for (let offset = 0; offset < start.length; offset += 1) {
    if (at + offset >= end) return false;
    const byte = data[at + offset] ?? 0;
    // NFKC may make a letter of it (ｔ, Ｔ): the exact rules decide.
    if (byte >= 0x80) return true;
    if ((byte | 0x20) !== start[offset]) return false;
  }
  return true;
}

/**
 * Whether a record (UTF-8 bytes) may be a total, a footnote or a row of empty cells, from the
 * first bytes of its first filled cell: false only where the rules of row-kinds.ts cannot hold,
 * so that most data rows are never decoded.
 */
export function mayBeLeftOut(data: Uint8Array, start: number, end: number, delimiter: number) {
  let at = start;
  // Spaces, delimiters and quotes may stand before the first filled cell.
  for (; at < end; at += 1) {
    const byte = data[at] ?? 0;
    if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== delimiter && byte !== QUOTE)
      break;
  }
  if (at === end) return true;
  const first = data[at] ?? 0;
  if (first >= 0xf0) return true;
  if (first >= 0x80) return mayOpenWithCharacter(codePointAt(data, at));
  if (OPENS[first | 0x20] !== 1) return false;
  for (const opening of ASCII_STARTS) if (startsLike(data, at, end, opening)) return true;
  return false;
}

function unquoted(cell: string): string {
  if (!cell.startsWith('"')) return cell;
  const closed = cell.length > 1 && cell.endsWith('"');
  return cell.slice(1, closed ? -1 : undefined).replaceAll('""', '"');
}

/** A record's cells as text, split at delimiters outside quotes, quotes undone. */
export function recordCells(data: Uint8Array, start: number, end: number, delimiter: number) {
  const stop = end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
  const cells: string[] = [];
  let quoted = false;
  let cellStart = start;
  for (let at = start; at <= stop; at += 1) {
    const byte = at === stop ? delimiter : data[at];
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === delimiter && (!quoted || at === stop)) {
      cells.push(unquoted(utf8.decode(data.subarray(cellStart, at))));
      cellStart = at + 1;
    }
  }
  return cells;
}

/**
 * The table finder's rules (row-kinds.ts) for the records past the part it read: totals,
 * footnotes (and the lines of words that continue one) and rows of empty cells are left out, the
 * first totals and footnotes each named with its line, later ones counted.
 */
export class LeftOutRecords {
  private notes: UploadMessage[] = [];
  private named = 0;
  private readonly unnamed = { totals: 0, footnotes: 0, first: 0, last: 0 };

  constructor(
    private readonly delimiter: number,
    private readonly fromLine: number,
    private inFootnotes: boolean,
  ) {}

  /** Whether the record on `line` (bytes `start` to `end`) is not data. */
  leavesOut(line: number, data: Uint8Array, start: number, end: number): boolean {
    if (line < this.fromLine) return false;
    if (!this.inFootnotes && !mayBeLeftOut(data, start, end, this.delimiter)) return false;
    const cells = recordCells(data, start, end, this.delimiter);
    if (isBlankRow(cells)) return true;
    if (isFootnoteRow(cells) || (this.inFootnotes && isContinuation(cells))) {
      this.inFootnotes = true;
      this.name(line, { code: 'row-footnote', line, text: rowText(cells) });
      return true;
    }
    this.inFootnotes = false;
    if (!isTotalRow(cells)) return false;
    this.name(line, { code: 'row-total', line, label: rowText(cells) });
    return true;
  }

  private name(line: number, note: UploadMessage) {
    if (this.named < NAMED_LEFT_OUT) {
      this.named += 1;
      this.notes.push(note);
      return;
    }
    const unnamed = this.unnamed;
    if (note.code === 'row-total') unnamed.totals += 1;
    else unnamed.footnotes += 1;
    if (unnamed.first === 0) unnamed.first = line;
    unnamed.last = line;
  }

  /** The notes since the last call; at the end, one more for the lines only counted. */
  take(final: boolean): UploadMessage[] {
    const notes = this.notes;
    this.notes = [];
    const { totals, footnotes, first, last } = this.unnamed;
    if (final && totals + footnotes > 0)
      notes.push({ code: 'rows-left-out-more', totals, footnotes, first, last });
    return notes;
  }
}
