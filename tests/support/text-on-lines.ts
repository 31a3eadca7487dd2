import type { Page } from 'playwright-core';

/**
 * The text of cells matching `selector` that the browser set on more than one line: each cell's
 * own text nodes, not those of a note inside it. Throws when no cell matches: a check of nothing
 * would pass.
 */
export function textOnSeveralLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((cellSelector) => {
    const onSeveralLines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    };
    const cells = [...document.querySelectorAll(cellSelector)];
    if (cells.length === 0) throw new Error(`No cell matches ${cellSelector}`);
    return cells.flatMap((cell) =>
      [...cell.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
        .filter(onSeveralLines)
        .map((node) => node.textContent?.trim() ?? ''),
    );
  }, selector);
}
