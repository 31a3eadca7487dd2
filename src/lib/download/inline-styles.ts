/**
 * What an SVG mark takes from the page's stylesheets. A standalone file has no stylesheet, so the
 * computed values are written onto each element as presentation attributes.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Attributes that only matter to a reader of the live page. */
const LIVE_ONLY = ['tabindex', 'role', 'aria-pressed', 'aria-describedby'];

/** A copy of an inline `<svg>` that draws the same without the page's CSS. */
export function standaloneCopy(original: SVGSVGElement): SVGSVGElement {
  const copy = original.cloneNode(true) as SVGSVGElement;
  const sources = [original, ...original.querySelectorAll('*')];
  const targets = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((source, index) => {
    const target = targets[index];
    if (!target) return;
    const style = getComputedStyle(source);
    if (style.display === 'none') {
      target.setAttribute('display', 'none');
      return;
    }
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    for (const name of LIVE_ONLY) target.removeAttribute(name);
  });
  return copy;
}
