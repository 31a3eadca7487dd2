/**
 * Okabe–Ito hues for up to eight series; orange, sky blue and yellow darkened so that every line
 * keeps 3:1 contrast on the white panel (WCAG 1.4.11). "Other" is a neutral grey.
 */
const SERIES_COLORS = [
  '#0072B2',
  '#D55E00',
  '#007A5A',
  '#CC79A7',
  '#A86F00',
  '#2B8CC4',
  '#8A7F00',
  'var(--ink)',
] as const;

export const OTHER_COLOR = '#767676';

/** The colour of the series at `index` (0-based, by size). */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? OTHER_COLOR;
}
