import type { Page } from 'playwright-core';

/**
 * The lines of each text node that the browser set on more than one line, in the elements matching
 * `selector`: each element's own text nodes, not those of a note inside it. A line keeps the spaces
 * it ends with. Throws when no element matches: a check of nothing would pass.
 */
export function wrappedLines(page: Page, selector: string): Promise<string[][]> {
  return page.evaluate((elementSelector) => {
    const linesOf = (node: Text) => {
      const range = document.createRange();
      const lines: { top: number; text: string }[] = [];
      let offset = 0;
      for (const character of node.data) {
        range.setStart(node, offset);
        range.setEnd(node, offset + character.length);
        offset += character.length;
        const rect = range.getClientRects()[0];
        const current = lines.at(-1);
        // A space where a line breaks has no box of its own: it ends the line before.
        if (current && (!rect || Math.abs(rect.top - current.top) < rect.height / 2)) {
          current.text += character;
        } else if (rect) {
          lines.push({ top: rect.top, text: character });
        }
      }
      return lines.map((line) => line.text).filter((text) => text.trim());
    };
    const elements = [...document.querySelectorAll(elementSelector)];
    if (elements.length === 0) throw new Error(`No element matches ${elementSelector}`);
    // A section far from the screen skips layout (content-visibility: auto), and a character's box
    // in it can come from before its last redraw: lay every section out, as a reader who scrolled
    // there would see it, while measuring.
    const drawAll = document.createElement('style');
    drawAll.textContent = '* { content-visibility: visible !important; }';
    document.head.append(drawAll);
    try {
      return elements.flatMap((element) =>
        [...element.childNodes]
          .filter((node): node is Text => node instanceof Text && node.data.trim() !== '')
          .map(linesOf)
          .filter((lines) => lines.length > 1),
      );
    } finally {
      drawAll.remove();
    }
  }, selector);
}

/** The text of cells matching `selector` that the browser set on more than one line. */
export async function textOnSeveralLines(page: Page, selector: string): Promise<string[]> {
  return (await wrappedLines(page, selector)).map((lines) => lines.join('').trim());
}
