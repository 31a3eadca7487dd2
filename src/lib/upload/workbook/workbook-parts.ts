import { dateKindOf, type DateKind } from './date-format';
import { unescapeXlsxText } from './xlsx-text';
import type { XmlAttributes, XmlHandlers } from './xml-scanner';

/** A part's relationships: id → the target's path inside the archive (external ones left out). */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** "worksheets/sheet1.xml" from "xl/workbook.xml" is "xl/worksheets/sheet1.xml". */
export function resolvePart(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\/+/, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of `part` (read from its _rels file); links to other files are ignored. */
export function relationshipsReader(part: string) {
  const found = new Map<string, Relationship>();
  const handlers: Partial<XmlHandlers> = {
    open(name, attributes) {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
      if (name !== 'Relationship' || !id || !type || !target || mode === 'External') return;
      found.set(id, { type, target: resolvePart(part, target) });
    },
  };
  return { handlers, found };
}

export interface SheetEntry {
  readonly name: string;
  readonly relationship: string;
}

const relationshipIdOf = (attributes: XmlAttributes) =>
  Object.entries(attributes).find(([key]) => /^[^:]+:id$/.test(key))?.[1];

/** The workbook's sheets in their tab order, and its date system. */
export function workbookReader() {
  const sheets: SheetEntry[] = [];
  const info = { sheets, epoch1904: false };
  const handlers: Partial<XmlHandlers> = {
    open(name, attributes) {
      if (name === 'workbookPr')
        info.epoch1904 = ['1', 'true'].includes(attributes['date1904'] ?? '');
      const relationship = relationshipIdOf(attributes);
      if (name === 'sheet' && attributes['name'] !== undefined && relationship)
        sheets.push({ name: attributes['name'], relationship });
    },
  };
  return { handlers, info };
}

/** The date kind of every cell style (the `s` of a cell is an index into cellXfs). */
export function stylesReader() {
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  const handlers: Partial<XmlHandlers> = {
    open(name, attributes) {
      if (name === 'numFmt' && attributes['formatCode'] !== undefined)
        formats.set(Number(attributes['numFmtId']), attributes['formatCode']);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributes['numFmtId'] ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  };
  const dateKinds = (): DateKind[] => styleFormats.map((id) => dateKindOf(id, formats.get(id)));
  return { handlers, dateKinds };
}

/** The shared strings: each <si>'s text runs joined, without the phonetic (furigana) runs. */
export function sharedStringsReader() {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  let raw = '';
  const handlers: XmlHandlers = {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic = true;
      else if (name === 't' && !phonetic && current !== null) {
        inText = true;
        raw = '';
      }
    },
    close(name) {
      if (name === 't' && inText) {
        current = (current ?? '') + unescapeXlsxText(raw);
        inText = false;
      } else if (name === 'rPh') phonetic = false;
      else if (name === 'si' && current !== null) {
        strings.push(current);
        current = null;
      }
    },
    text(text) {
      if (inText) raw += text;
    },
  };
  return { handlers, strings };
}
