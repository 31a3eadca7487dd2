import { inflateEntry, type UnpackBudget } from './inflate-entry';
import { SheetCells } from './sheet-cells';
import { WorkbookError } from './workbook-error';
import {
  relationshipsReader,
  resolvePart,
  sharedStringsReader,
  stylesReader,
  workbookReader,
  type SheetEntry,
} from './workbook-parts';
import { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits, type WorkbookSheet } from './workbook-types';
import { XmlScanner, type XmlHandlers } from './xml-scanner';
import { zipDirectory, type ZipEntry } from './zip-directory';

export type { WorkbookCell, WorkbookLimits, WorkbookSheet } from './workbook-types';
export { WorkbookError, type WorkbookProblem } from './workbook-error';
export { cellText, sheetTextRows, textRowsCsv } from './text-cells';

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
/** The parts that say where everything is are small; a large one is not a workbook's. */
const MAX_INDEX_PART_BYTES = 4_000_000;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const isType = (type: string, kind: string) =>
  type === RELATIONSHIP + kind || type === STRICT_RELATIONSHIP + kind;

const nothing = () => {};

/** The handlers a part's reader has, bound to it, and nothing done for the others. */
const completed = (handlers: Partial<XmlHandlers>): XmlHandlers => ({
  open: handlers.open?.bind(handlers) ?? nothing,
  close: handlers.close?.bind(handlers) ?? nothing,
  text: handlers.text?.bind(handlers) ?? nothing,
});

/** A workbook's archive, with what may still be unpacked from it. */
class Archive {
  private readonly entries: Map<string, ZipEntry>;
  readonly budget: UnpackBudget;

  constructor(
    private readonly bytes: Uint8Array,
    limits: WorkbookLimits,
  ) {
    this.entries = zipDirectory(bytes);
    this.budget = { limit: limits.maxUncompressedBytes, used: 0 };
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** Refuses, before anything of them is unpacked, parts whose declared sizes pass the budget. */
  checkDeclared(parts: readonly string[], eachAtMost = Infinity) {
    let total = this.budget.used;
    for (const part of new Set(parts)) {
      const size = this.entries.get(part)?.uncompressedSize ?? 0;
      if (size > eachAtMost) throw new WorkbookError({ code: 'workbook-damaged', part });
      total += size;
    }
    if (total > this.budget.limit)
      throw new WorkbookError({ code: 'workbook-unpacks-too-large', limit: this.budget.limit });
  }

  /** Feeds a part's XML to the handlers as it is unpacked; false when there is no such part. */
  scan(part: string, handlers: Partial<XmlHandlers>): boolean {
    const entry = this.entries.get(part);
    if (!entry) return false;
    const scanner = new XmlScanner(part, completed(handlers));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    inflateEntry(this.bytes, entry, this.budget, (chunk) =>
      scanner.write(decoder.decode(chunk, { stream: true })),
    );
    try {
      scanner.write(decoder.decode());
    } catch {
      throw new WorkbookError({ code: 'workbook-damaged', part });
    }
    scanner.end();
    return true;
  }
}

const relationshipsPart = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function openArchive(bytes: Uint8Array, limits: WorkbookLimits): Archive {
  if (bytes.byteLength > limits.maxBytes)
    throw new WorkbookError({
      code: 'workbook-too-large',
      bytes: bytes.byteLength,
      limit: limits.maxBytes,
    });
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte))
    throw new WorkbookError({ code: 'workbook-xls' });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookError({ code: 'workbook-damaged', part: '(not a zip archive)' });
  return new Archive(bytes, limits);
}

function workbookPart(archive: Archive): string {
  archive.checkDeclared(['_rels/.rels'], MAX_INDEX_PART_BYTES);
  const root = relationshipsReader('');
  archive.scan('_rels/.rels', root.handlers);
  const office = [...root.found.values()].find(({ type }) => isType(type, 'officeDocument'));
  const part = office?.target ?? 'xl/workbook.xml';
  if (part.endsWith('.bin')) throw new WorkbookError({ code: 'workbook-xlsb' });
  return part;
}

/** Where the sheets, shared strings and styles are, and the workbook's date system. */
function workbookIndex(archive: Archive) {
  const part = workbookPart(archive);
  const rels = relationshipsPart(part);
  archive.checkDeclared([part, rels], MAX_INDEX_PART_BYTES);
  const workbook = workbookReader();
  if (!archive.scan(part, workbook.handlers))
    throw new WorkbookError({ code: 'workbook-damaged', part });
  const relationships = relationshipsReader(part);
  if (!archive.scan(rels, relationships.handlers))
    throw new WorkbookError({ code: 'workbook-damaged', part: rels });
  const targets = [...relationships.found.values()];
  const targetOf = (kind: string) => targets.find(({ type }) => isType(type, kind))?.target;
  const sheets = workbook.info.sheets.flatMap((sheet: SheetEntry) => {
    const target = relationships.found.get(sheet.relationship);
    return target && isType(target.type, 'worksheet') ? [{ ...sheet, part: target.target }] : [];
  });
  if (sheets.length === 0) throw new WorkbookError({ code: 'workbook-no-sheets' });
  return {
    sheets,
    epoch1904: workbook.info.epoch1904,
    sharedStrings: targetOf('sharedStrings') ?? resolvePart(part, 'sharedStrings.xml'),
    styles: targetOf('styles') ?? resolvePart(part, 'styles.xml'),
  };
}

/** The names of the workbook's worksheets, in tab order, reading only its index parts. */
export async function listWorkbookSheets(
  bytes: Uint8Array,
  limits: Partial<WorkbookLimits> = {},
): Promise<string[]> {
  const archive = openArchive(bytes, { ...DEFAULT_WORKBOOK_LIMITS, ...limits });
  return workbookIndex(archive).sheets.map(({ name }) => name);
}

/**
 * Reads an .xlsx workbook's worksheets (all of them, or those named in `only`) as rows of typed
 * cells: numbers, text, booleans, and dates where the cell's format shows a date. Formulas are
 * read as the values Excel saved with them and never evaluated; links to other files are never
 * followed. Throws a `WorkbookError` for a file that is not a workbook this can read, or that
 * passes a limit (file size, unpacked size, cells read), before doing the work past it.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  limits: Partial<WorkbookLimits> = {},
  only?: readonly string[],
): Promise<WorkbookSheet[]> {
  const chosen = { ...DEFAULT_WORKBOOK_LIMITS, ...limits };
  const archive = openArchive(bytes, chosen);
  const index = workbookIndex(archive);
  const sheets = only ? index.sheets.filter(({ name }) => only.includes(name)) : index.sheets;
  archive.checkDeclared([index.sharedStrings, index.styles, ...sheets.map(({ part }) => part)]);
  const styles = stylesReader();
  archive.scan(index.styles, styles.handlers);
  const shared = sharedStringsReader();
  archive.scan(index.sharedStrings, shared.handlers);
  const styleDates = styles.dateKinds();
  return sheets.map(({ name, part }) => {
    const cells = new SheetCells({
      name,
      part,
      sharedStrings: shared.strings,
      styleDates,
      epoch1904: index.epoch1904,
      maxCells: chosen.maxCells,
    });
    if (!archive.scan(part, cells)) throw new WorkbookError({ code: 'workbook-damaged', part });
    return cells.sheet();
  });
}
