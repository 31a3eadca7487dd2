/**
 * Reading the parts of a card out of the markup `svelte/server` renders for a view. The markup is
 * the app's own, so a handful of well-formed patterns suffice; no HTML from elsewhere comes here.
 */

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col']);

export interface Element {
  tag: string;
  /** The opening tag's attributes, as written. */
  attributes: string;
  /** Everything between the opening and closing tags. */
  inner: string;
  /** The element itself, tags included. */
  outer: string;
}

export const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** An attribute's value, or null. */
export function attribute(element: Pick<Element, 'attributes'>, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(element.attributes);
  return match ? decodeEntities(match[1] ?? '') : null;
}

export function hasClass(element: Pick<Element, 'attributes'>, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** The top-level elements of `html` (their descendants are in each one's `inner`). */
export function children(html: string): Element[] {
  const found: Element[] = [];
  let open: { tag: string; attributes: string; start: number; innerStart: number } | null = null;
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, name = '', attributes = ''] = match;
    const tag = name.toLowerCase();
    const selfClosing = VOID.has(tag) || attributes.trimEnd().endsWith('/');
    const at = match.index;
    if (!open) {
      if (closing) continue;
      if (selfClosing) {
        found.push({ tag, attributes, inner: '', outer: whole });
        continue;
      }
      open = { tag, attributes, start: at, innerStart: at + whole.length };
      depth = 1;
    } else if (tag === open.tag && !selfClosing) {
      depth += closing ? -1 : 1;
      if (depth === 0) {
        found.push({
          tag: open.tag,
          attributes: open.attributes,
          inner: html.slice(open.innerStart, at),
          outer: html.slice(open.start, at + whole.length),
        });
        open = null;
      }
    }
  }
  return found;
}

/** Every element in `html`, in document order, that matches `test`, not searching inside matches. */
export function findAll(html: string, test: (element: Element) => boolean): Element[] {
  return children(html).flatMap((element) =>
    test(element) ? [element] : findAll(element.inner, test),
  );
}

export function findFirst(html: string, test: (element: Element) => boolean): Element | null {
  return findAll(html, test)[0] ?? null;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** The text an element shows, with its whitespace collapsed as a browser lays it out. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
