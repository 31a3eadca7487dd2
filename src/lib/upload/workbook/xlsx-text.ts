import { unescapeXml } from './xml-scanner';

/** Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A string cell's text: XML entities, then Excel's own escapes. */
export function unescapeXlsxText(raw: string): string {
  const text = unescapeXml(raw);
  if (!text.includes('_x')) return text;
  return text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
