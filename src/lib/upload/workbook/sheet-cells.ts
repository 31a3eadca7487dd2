import { serialToDate, type DateKind } from './date-format';
import { unescapeXlsxText } from './xlsx-text';
import { unescapeXml, type XmlAttributes, type XmlHandlers } from './xml-scanner';
import { WorkbookError } from './workbook-error';
import type { WorkbookCell, WorkbookSheet } from './workbook-types';

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly name: string;
  readonly part: string;
  readonly sharedStrings: readonly string[];
  /** The date kind of each cell style (`s`), from styles.xml. */
  readonly styleDates: readonly DateKind[];
  readonly epoch1904: boolean;
  readonly maxCells: number;
}

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** "BC12" as the column index 54 (0-based). */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** Reads a worksheet's cells, row by row, as the scanner meets them. */
export class SheetCells implements XmlHandlers {
  readonly rows: WorkbookCell[][] = [];
  readonly monthCells = new Set<string>();
  private row: WorkbookCell[] | null = null;
  private rowIndex = -1;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | null = null;
  private inline: string | null = null;
  private collecting: 'v' | 't' | null = null;
  private phonetic = false;
  private buffer = '';
  private cells = 0;

  constructor(private readonly context: SheetContext) {}

  sheet(): WorkbookSheet {
    return { name: this.context.name, rows: this.rows, monthCells: this.monthCells };
  }

  open(name: string, attributes: XmlAttributes): void {
    if (name === 'row') this.openRow(attributes);
    else if (name === 'c' && this.row) {
      const reference = attributes['r'];
      this.column = reference ? columnOf(reference) : this.column + 1;
      if (this.column < 0 || this.column >= MAX_COLUMNS) throw this.damaged();
      this.type = attributes['t'] ?? 'n';
      this.style = Number(attributes['s'] ?? 0);
      this.value = null;
      this.inline = null;
    } else if (name === 'v') this.collect('v');
    else if (name === 'rPh') this.phonetic = true;
    else if (name === 't' && !this.phonetic) this.collect('t');
  }

  close(name: string): void {
    if (name === 'v' && this.collecting === 'v') {
      this.value = this.buffer;
      this.collecting = null;
    } else if (name === 't' && this.collecting === 't') {
      this.inline = (this.inline ?? '') + this.buffer;
      this.collecting = null;
    } else if (name === 'rPh') this.phonetic = false;
    else if (name === 'c' && this.row) this.place(this.cellValue());
    else if (name === 'row' && this.row) {
      this.rows[this.rowIndex] = this.row;
      this.row = null;
    }
  }

  text(raw: string): void {
    if (this.collecting) this.buffer += raw;
  }

  private collect(kind: 'v' | 't') {
    this.collecting = kind;
    this.buffer = '';
  }

  private damaged() {
    return new WorkbookError({ code: 'workbook-damaged', part: this.context.part });
  }

  private count(cells: number) {
    this.cells += cells;
    if (this.cells > this.context.maxCells)
      throw new WorkbookError({
        code: 'workbook-too-many-cells',
        sheet: this.context.name,
        limit: this.context.maxCells,
      });
  }

  private openRow(attributes: XmlAttributes) {
    const written = attributes['r'];
    const index = written === undefined ? this.rowIndex + 1 : Number(written) - 1;
    if (!Number.isInteger(index) || index <= this.rowIndex || index >= MAX_ROWS)
      throw this.damaged();
    // Rows the sheet skips are empty rows; each counts as a cell read.
    this.count(index - this.rowIndex);
    for (let skipped = this.rowIndex + 1; skipped < index; skipped += 1) this.rows.push([]);
    this.rowIndex = index;
    this.row = [];
    this.column = -1;
  }

  private place(value: WorkbookCell) {
    const row = this.row;
    if (value === null || !row) return;
    if (this.column >= row.length) {
      this.count(this.column + 1 - Math.max(row.length, 1));
      while (row.length < this.column) row.push(null);
    }
    row[this.column] = value;
  }

  /** The cell's stored value; a formula's is the result Excel saved, never recomputed. */
  private cellValue(): WorkbookCell {
    const { type, value } = this;
    if (type === 'inlineStr') return this.inline === null ? null : unescapeXlsxText(this.inline);
    if (value === null) return null;
    if (type === 's') {
      const shared = this.context.sharedStrings[Number(value)];
      if (shared === undefined) throw this.damaged();
      return shared;
    }
    if (type === 'str') return unescapeXlsxText(value);
    if (type === 'e') return unescapeXml(value);
    if (type === 'b') return value.trim() === '1';
    if (type === 'd') {
      const date = new Date(value.trim());
      return Number.isNaN(date.getTime()) ? unescapeXml(value) : date;
    }
    if (value.trim() === '') return null;
    const number = Number(value);
    if (!Number.isFinite(number)) return unescapeXml(value);
    const kind = this.context.styleDates[this.style] ?? null;
    if (kind === null) return number;
    if (kind === 'month') this.monthCells.add(`${this.rowIndex},${this.column}`);
    return serialToDate(number, this.context.epoch1904);
  }
}
