import { WorkbookError } from './workbook-error';

export type XmlAttributes = Readonly<Record<string, string>>;

/** What a part's reader does with the elements; names are local (without a prefix). */
export interface XmlHandlers {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, still escaped, possibly in several pieces: see `unescapeXml`. */
  text(raw: string): void;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Only XML's own five entities and character references: there is no DTD to define others. */
export function unescapeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name) return NAMED[name] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Space, tab, line feed or carriage return. */
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The attributes written between `from` and `to` (a tag's text after its name). */
function attributesOf(text: string, from: number, to: number): XmlAttributes | null {
  const attributes: Record<string, string> = {};
  let at = from;
  for (;;) {
    while (at < to && isSpace(text.charCodeAt(at))) at += 1;
    if (at >= to) return attributes;
    const equals = text.indexOf('=', at);
    if (equals < 0 || equals >= to) return null;
    const name = text.slice(at, equals).trim();
    let quote = equals + 1;
    while (quote < to && isSpace(text.charCodeAt(quote))) quote += 1;
    const mark = text.charCodeAt(quote);
    if (mark !== 34 && mark !== 39) return null;
    const close = text.indexOf(mark === 34 ? '"' : "'", quote + 1);
    if (close < 0 || close >= to || name === '') return null;
    attributes[name] = unescapeXml(text.slice(quote + 1, close));
    at = close + 1;
  }
}

/** Where the tag that starts at `from` ends ('>' outside quotes), or -1 if not yet written. */
function tagEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const char = text.charCodeAt(at);
    if (char === 62) return at;
    if (char === 34 || char === 39) {
      at = text.indexOf(char === 34 ? '"' : "'", at + 1);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/**
 * A small, strict, streaming reader of the XML in a workbook: elements, attributes and text,
 * fed in pieces as they are unpacked. It refuses a DOCTYPE (no entity expansion, no external
 * entities) and XML that ends inside a tag; it does not check that every element is closed.
 */
export class XmlScanner {
  private pending = '';

  constructor(
    private readonly part: string,
    private readonly handlers: XmlHandlers,
  ) {}

  write(text: string): void {
    this.pending += text;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.pending.trim() !== '') throw this.damaged();
  }

  private damaged() {
    return new WorkbookError({ code: 'workbook-damaged', part: this.part });
  }

  private scan(final: boolean) {
    const text = this.pending;
    let at = 0;
    for (;;) {
      const open = text.indexOf('<', at);
      if (open < 0) {
        if (at < text.length) this.handlers.text(text.slice(at));
        at = text.length;
        break;
      }
      if (open > at) this.handlers.text(text.slice(at, open));
      const next = this.markup(text, open, final);
      if (next < 0) {
        at = open;
        break;
      }
      at = next;
    }
    this.pending = text.slice(at);
  }

  /** Handles the markup at `open`; returns where it ends, or -1 when it is not complete yet. */
  private markup(text: string, open: number, final: boolean): number {
    const after = text.charCodeAt(open + 1);
    if (after === 63) return this.skipTo(text, open, '?>');
    if (after === 33) {
      if (text.startsWith('<!--', open)) return this.skipTo(text, open, '-->');
      if (text.startsWith('<![CDATA[', open)) {
        const close = text.indexOf(']]>', open);
        if (close < 0) return -1;
        const data = text.slice(open + 9, close);
        this.handlers.text(data.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
        return close + 3;
      }
      if (!final && text.length - open < 9) return -1;
      throw new WorkbookError({ code: 'workbook-doctype', part: this.part });
    }
    const end = tagEnd(text, open + 1);
    if (end < 0) return -1;
    if (after === 47) {
      this.handlers.close(localName(text.slice(open + 2, end).trim()));
      return end + 1;
    }
    const selfClosing = text.charCodeAt(end - 1) === 47;
    const bodyEnd = selfClosing ? end - 1 : end;
    let nameEnd = open + 1;
    while (nameEnd < bodyEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd += 1;
    const name = localName(text.slice(open + 1, nameEnd));
    const attributes = attributesOf(text, nameEnd, bodyEnd);
    if (name === '' || attributes === null) throw this.damaged();
    this.handlers.open(name, attributes, selfClosing);
    if (selfClosing) this.handlers.close(name);
    return end + 1;
  }

  private skipTo(text: string, open: number, close: string): number {
    const end = text.indexOf(close, open + 2);
    return end < 0 ? -1 : end + close.length;
  }
}
