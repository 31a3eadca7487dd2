import type { Page } from 'playwright-core';

/**
 * The text of cells matching `selector` that the browser set on more than one line: each cell's
 * own text nodes, not those of a note inside it.
 */
export function textOnSeveralLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((cellSelector) => {
    const onSeveralLines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
    };
    return [...document.querySelectorAll(cellSelector)].flatMap((cell) =>
      [...cell.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
        .filter(onSeveralLines)
        .map((node) => node.textContent?.trim() ?? ''),
    );
  }, selector);
}
