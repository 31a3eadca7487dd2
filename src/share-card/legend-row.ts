import { withConcreteColours } from './card-colours';
import { svgText } from './svg-text';
import { textWidth } from './text-width';
import type { LegendEntry } from './view-parts';

const SWATCH = { width: 22, height: 12 };

/** The chart's legend, its swatches as the page draws them, in rows no wider than `maxWidth`. */
export function legendRows(
  entries: readonly LegendEntry[],
  at: { x: number; y: number; maxWidth: number },
  size: number,
  fill: string,
): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.5);
  const scale = size / 14;
  const swatchWidth = SWATCH.width * scale;
  let x = at.x;
  let y = at.y;
  const parts: string[] = [];
  for (const entry of entries) {
    const width = swatchWidth + size * 0.4 + textWidth(entry.label, size);
    if (x > at.x && x + width > at.x + at.maxWidth) {
      x = at.x;
      y += lineHeight;
    }
    const swatchTop = y + (lineHeight - SWATCH.height * scale) / 2;
    parts.push(
      `<g transform="translate(${x.toFixed(1)} ${swatchTop.toFixed(1)}) scale(${scale.toFixed(3)})">${withConcreteColours(entry.swatch)}</g>`,
      svgText(x + swatchWidth + size * 0.4, y + lineHeight / 2 + size * 0.36, entry.label, {
        size,
        fill,
      }),
    );
    x += width + size * 1.2;
  }
  return { svg: parts.join(''), height: entries.length > 0 ? y - at.y + lineHeight : 0 };
}
