import type { Page } from 'playwright-core';

/**
 * Latin words a Japanese page may show: names of formats, programs and institutions that Japanese
 * writes in Latin letters too (DuckDB, Excel, SQL, CSV, PNG, SVG, URL, UTF-8, Shift_JIS, BOM, FSA, NULL,
 * iframe), SQL keywords in the example queries and hints, and units (MB, ms). Everything from the
 * data that has no Japanese (a broker's or stock's Latin name, a column or table name, a file's
 * cell) is marked lang="en" or sits in <code>, so it is not listed here.
 */
export const ALLOWED_LATIN = [
  // The site's name, and Latin parts of Japanese names in the data (三菱UFJeスマート証券,
  // 「Apaman Networkの…」 in events.csv's event_ja): the data has no other Japanese for them.
  'Takeover',
  'Watch',
  'UFJe',
  'Apaman',
  'Network',
  // Names the reader types into SQL: the built-in tables (the rest have underscores) and the
  // values of the confidence column, written as stored.
  'brokers',
  'stocks',
  'events',
  'incidents',
  'high',
  'medium',
  'low',
  'DuckDB',
  'Excel',
  'Unicode',
  'SQL',
  'CSV',
  'xlsx',
  'xls',
  'TSV',
  'PNG',
  'SVG',
  'URL',
  'UTF',
  'Shift_JIS',
  'JIS',
  'BOM',
  'FSA',
  'NULL',
  'iframe',
  'SELECT',
  'FROM',
  'WHERE',
  'Ctrl',
  'Enter',
  'Mac',
  'Esc',
  'Tab',
  'PageUp',
  'PageDown',
  'Space',
  'Home',
  'End',
  'MB',
  'KB',
  'ms',
  'YYYY',
  'MM',
  'DD',
];

export interface EnglishWord {
  readonly word: string;
  /** The text or attribute it was found in, shortened, to make a failure readable. */
  readonly context: string;
}

/**
 * Runs in the page: every run of Latin letters (two or more, so a lone "x" passes) a reader sees
 * or hears outside an element marked lang="en", <code>, <pre>, a CodeMirror editor or a textarea.
 * Text nodes of rendered elements and the aria-label, title, alt and placeholder attributes are
 * read. The document's title is the page's own (the prerendered ja/ page sets it).
 */
function collectLatinWords(allowed: readonly string[]): EnglishWord[] {
  const known = (word: string) => word.split('-').every((part) => allowed.includes(part));
  const EXEMPT =
    'code, pre, script, style, noscript, template, textarea, .cm-editor, [translate="no"]';
  const identifier = (word: string) => /[_\d]/.test(word) || /^[A-Z]+$/.test(word);
  const exempt = (element: Element | null): boolean => {
    for (let node = element; node; node = node.parentElement) {
      if (node.matches(EXEMPT)) return true;
      const lang = node.getAttribute('lang');
      if (lang !== null) return lang.toLowerCase().startsWith('en');
    }
    return false;
  };
  const unseen = (element: Element) =>
    element.closest('[hidden], [aria-hidden="true"]') !== null ||
    element.getClientRects().length === 0;
  const found: EnglishWord[] = [];
  const take = (text: string | null, element: Element, where: string) => {
    if (!text || exempt(element)) return;
    const words = text
      .replace(/https?:\/\/\S+|[\w-]+(?:\.[\w-]+)+/g, ' ')
      .match(/[A-Za-z][\w'’-]*[A-Za-z\d]/g);
    for (const word of words ?? [])
      if (!known(word) && !identifier(word))
        found.push({ word, context: `${where}: ${text.trim().slice(0, 120)}` });
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !unseen(parent)) take(node.textContent, parent, parent.tagName.toLowerCase());
  }
  const labelled = document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]');
  for (const element of labelled)
    for (const attribute of ['aria-label', 'title', 'alt', 'placeholder'])
      take(element.getAttribute(attribute), element, `@${attribute}`);
  return found;
}

/** The English words a reader of `page` sees (or hears) outside elements marked lang="en". */
export async function englishWords(
  page: Page,
  /** Words the reader's own file brought onto the page (its headers and cells), shown as written. */
  fromFile: readonly string[] = [],
): Promise<EnglishWord[]> {
  // esbuild with keepNames (tsx) wraps inner functions in __name(), which the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(collectLatinWords, [...ALLOWED_LATIN, ...fromFile]);
}
