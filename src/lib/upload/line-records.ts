import { LeftOutRecords } from './left-out-records';
import type { UploadMessage } from './upload-message';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;
const DIGIT_ZERO = 0x30;

/** A record too long to be a row of a table, skipped and reported rather than loaded. */
export interface OverlongRecord {
  readonly line: number;
  readonly bytes: number;
}

export interface RecordBatch {
  /** Each record as `line<delimiter>record\n`, where `line` is where the record starts. */
  readonly bytes: Uint8Array;
  readonly records: number;
  readonly overlong: readonly OverlongRecord[];
  /** Totals and footnotes left out past the part the table finder read, each named. */
  readonly notes: readonly UploadMessage[];
}

/** Blank, or only empty cells (",,,,"), as spreadsheets export the rows below a table. */
function isBlank(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index];
    if (byte !== SPACE && byte !== TAB && byte !== CARRIAGE_RETURN && byte !== delimiter)
      return false;
  }
  return true;
}

/** Cells in a record: delimiters outside quotes, plus one. */
function cellsIn(bytes: Uint8Array, start: number, end: number, delimiter: number): number {
  let cells = 1;
  let quoted = false;
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index];
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === delimiter && !quoted) cells += 1;
  }
  return cells;
}

/** Which records the table finder said are not data. */
export interface RecordFilter {
  /** Records starting before this line are skipped (title, header, units rows). */
  readonly firstLine?: number;
  /** Records starting on these lines are skipped (totals, footnotes). */
  readonly skipLines?: ReadonlySet<number>;
  /** Empty cells a record may have beyond the table's last column (a trailing comma). */
  readonly trailingEmptyCells?: number;
  /** The table's number of columns: a record is cut to it only by dropping such empty cells. */
  readonly width?: number;
  /**
   * Records from this line on were not read by the table finder: its rules apply as they stream
   * (left-out-records.ts), and each total and footnote is left out and named.
   */
  readonly classifyFrom?: number;
  /** The table finder's last rows were footnotes: a row of words next may continue them. */
  readonly footnoteBefore?: boolean;
}

class GrowingBuffer {
  bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }
  reserve(extra: number) {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  writeNumber(value: number) {
    const digits = String(value);
    for (let index = 0; index < digits.length; index += 1)
      this.bytes[this.length++] = DIGIT_ZERO + digits.charCodeAt(index) - 48;
  }
}

/**
 * Splits UTF-8 CSV bytes into records (a newline inside quotes does not end one) and prefixes each
 * with the line it starts on, so that DuckDB can load the file as it is while every row keeps its
 * line number. Blank lines and the header are skipped; a record longer than `maxRecordBytes` is
 * reported instead of loaded. Feed the file in chunks of any size, then call `finish`.
 */
export class LineRecords {
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private skipping: OverlongRecord | null = null;
  private headerLeft: number;
  private readonly leftOut: LeftOutRecords | null;

  constructor(
    private readonly delimiter: number,
    headerRecords: number,
    private readonly maxRecordBytes: number,
    private readonly filter: RecordFilter = {},
  ) {
    this.headerLeft = headerRecords;
    this.leftOut =
      filter.classifyFrom === undefined
        ? null
        : new LeftOutRecords(delimiter, filter.classifyFrom, filter.footnoteBefore ?? false);
  }

  private skipped(line: number): boolean {
    return line < (this.filter.firstLine ?? 0) || (this.filter.skipLines?.has(line) ?? false);
  }

  /** Where the record ends once empty cells beyond the table's width are dropped. */
  private trimmedEnd(data: Uint8Array, start: number, stop: number): number {
    const extra = this.filter.trailingEmptyCells ?? 0;
    if (extra === 0 || this.filter.width === undefined) return stop;
    let end = data[stop - 1] === CARRIAGE_RETURN ? stop - 1 : stop;
    let surplus = cellsIn(data, start, end, this.delimiter) - this.filter.width;
    while (surplus > 0 && data[end - 1] === this.delimiter) {
      end -= 1;
      surplus -= 1;
    }
    return end;
  }

  push(chunk: Uint8Array): RecordBatch {
    return this.split(chunk, false);
  }

  finish(): RecordBatch {
    return this.split(new Uint8Array(0), true);
  }

  private split(chunk: Uint8Array, final: boolean): RecordBatch {
    const data = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const out = new GrowingBuffer(data.length + (data.length >> 3));
    const overlong: OverlongRecord[] = [];
    let records = 0;
    const ends = new RecordEnds(data);
    let start = 0;
    while (start < data.length) {
      const end = ends.endOf(start);
      if (end === -1 && !final) break;
      const stop = end === -1 ? data.length : end;
      const lines = 1 + countNewlines(data, start, stop);
      if (this.skipping) {
        this.skipping = { line: this.skipping.line, bytes: this.skipping.bytes + stop - start };
        overlong.push(this.skipping);
        this.skipping = null;
      } else if (stop - start > this.maxRecordBytes) {
        overlong.push({ line: this.line, bytes: stop - start });
      } else if (!isBlank(data, start, stop, this.delimiter) && !this.skipped(this.line)) {
        if (this.headerLeft > 0) this.headerLeft -= 1;
        else if (this.leftOut?.leavesOut(this.line, data, start, stop)) {
          // Named in the batch's notes.
        } else {
          const end = this.trimmedEnd(data, start, stop);
          out.reserve(end - start + 12);
          out.writeNumber(this.line);
          out.bytes[out.length++] = this.delimiter;
          out.bytes.set(data.subarray(start, end), out.length);
          out.length += end - start;
          out.bytes[out.length++] = NEWLINE;
          records += 1;
        }
      }
      this.line += lines;
      start = stop + 1;
    }
    this.carry = start < data.length ? data.slice(start) : new Uint8Array(0);
    if (this.carry.length > this.maxRecordBytes) {
      this.skipping = {
        line: this.line,
        bytes: (this.skipping?.bytes ?? 0) + this.carry.length,
      };
      this.line += countNewlines(this.carry, 0, this.carry.length);
      this.carry = restAfterQuoteState(this.carry);
    }
    const notes = this.leftOut?.take(final) ?? [];
    return { bytes: out.bytes.subarray(0, out.length), records, overlong, notes };
  }
}

/**
 * Finds where records end. The next quote's position is remembered, because searching for it
 * afresh from every record would rescan a quote-free file once per line.
 */
class RecordEnds {
  private nextQuote = -2;
  constructor(private readonly data: Uint8Array) {}

  private quoteFrom(position: number): number {
    if (this.nextQuote !== -1 && this.nextQuote < position)
      this.nextQuote = this.data.indexOf(QUOTE, position);
    return this.nextQuote;
  }

  /** Index of the newline that ends the record starting at `start`, or -1 if it does not end. */
  endOf(start: number): number {
    let position = start;
    for (;;) {
      const newline = this.data.indexOf(NEWLINE, position);
      const quote = this.quoteFrom(position);
      if (quote === -1 || (newline !== -1 && newline < quote)) return newline;
      const closing = this.data.indexOf(QUOTE, quote + 1);
      if (closing === -1) return -1;
      position = closing + 1;
    }
  }
}

function countNewlines(data: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let index = data.indexOf(NEWLINE, start); index !== -1 && index < end;) {
    count += 1;
    index = data.indexOf(NEWLINE, index + 1);
  }
  return count;
}

/** While skipping an overlong record, only whether a quote is still open matters. */
function restAfterQuoteState(carry: Uint8Array): Uint8Array {
  let quotes = 0;
  for (let index = carry.indexOf(QUOTE); index !== -1; index = carry.indexOf(QUOTE, index + 1))
    quotes += 1;
  return quotes % 2 === 1 ? Uint8Array.of(QUOTE) : new Uint8Array(0);
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
