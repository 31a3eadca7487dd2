import { standaloneCopy } from './inline-styles';
import { isTransparent, svgElement } from './svg-element';
import { fontAscent } from './text-lines';

interface Line {
  text: string;
  left: number;
  top: number;
  height: number;
}

/** The lines a text node is laid out in on screen, with where each starts. */
function screenLines(node: Text): Line[] {
  const range = document.createRange();
  const lines: Line[] = [];
  let offset = 0;
  for (const character of node.data) {
    range.setStart(node, offset);
    range.setEnd(node, offset + character.length);
    offset += character.length;
    const rect = range.getClientRects()[0];
    if (!rect) continue;
    const current = lines.at(-1);
    if (current && Math.abs(rect.top - current.top) < rect.height / 2) {
      current.text += character;
    } else if (character.trim()) {
      lines.push({ text: character, left: rect.left, top: rect.top, height: rect.height });
    }
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text);
}

function drawText(node: Text, style: CSSStyleDeclaration, origin: DOMRect, into: SVGGElement) {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  for (const line of screenLines(node)) {
    into.append(
      svgElement(
        'text',
        {
          x: (line.left - origin.left).toFixed(1),
          y: (line.top - origin.top + fontAscent(font, line.height)).toFixed(1),
          fill: style.color,
          'font-family': style.fontFamily,
          'font-size': style.fontSize,
          'font-weight': style.fontWeight,
          'font-style': style.fontStyle,
        },
        line.text,
      ),
    );
  }
}

function skipped(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    element.matches('[role="tooltip"], [data-export="skip"]')
  );
}

function walk(element: Element, origin: DOMRect, into: SVGGElement, isRoot: boolean): void {
  const style = getComputedStyle(element);
  if (skipped(element, style)) return;
  const rect = element.getBoundingClientRect();
  if (element instanceof SVGSVGElement) {
    const copy = standaloneCopy(element);
    copy.setAttribute('x', (rect.left - origin.left).toFixed(1));
    copy.setAttribute('y', (rect.top - origin.top).toFixed(1));
    copy.setAttribute('width', rect.width.toFixed(1));
    copy.setAttribute('height', rect.height.toFixed(1));
    into.append(copy);
    return;
  }
  if (!isRoot && !isTransparent(style.backgroundColor)) {
    into.append(
      svgElement('rect', {
        x: (rect.left - origin.left).toFixed(1),
        y: (rect.top - origin.top).toFixed(1),
        width: rect.width.toFixed(1),
        height: rect.height.toFixed(1),
        fill: style.backgroundColor,
      }),
    );
  }
  for (const child of element.childNodes) {
    if (child instanceof Text && child.data.trim()) drawText(child, style, origin, into);
    else if (child instanceof Element) walk(child, origin, into, false);
  }
}

/**
 * Draws what `root` shows on screen (inline SVG copied, HTML text as SVG text at the place it is
 * laid out) into a group whose origin is `root`'s top left corner.
 */
export function drawDom(root: Element): { group: SVGGElement; width: number; height: number } {
  const group = svgElement('g');
  const origin = root.getBoundingClientRect();
  walk(root, origin, group, true);
  return { group, width: origin.width, height: origin.height };
}
