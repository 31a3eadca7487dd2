import { withConcreteColours } from './card-colours';

export const CARD_FONT = 'Noto Sans JP';
/** Type inside a chart, in the chart's own units (the page uses 12px; a card is seen small). */
export const CHART_FONT_SIZE = 15;

/**
 * What app.css and the chart components' own styles give the marks of a chart, as simple
 * selectors with concrete values (resvg reads a `<style>` element but not custom properties).
 */
export const CARD_STYLESHEET = withConcreteColours(`
.chart-svg text { fill: var(--muted); }
.chart-svg .axis line { stroke: var(--muted); }
.chart-svg .axis line.grid { stroke: var(--grid); }
.chart-svg .axis-title { fill: var(--text); }
.chart-svg .annotation { fill: var(--text); font-weight: 700; }
.chart-svg .missing { font-style: italic; }
.chart-svg .mixed { font-weight: 700; fill: var(--text); }
.chart-svg .row-label { fill: var(--text); }
.chart-svg .row-label.muted { fill: var(--muted); font-style: italic; }
.chart-svg .value-label { fill: var(--text); }
.chart-svg .zero { stroke: var(--muted); }
.chart-svg .value.inside { fill: #ffffff; font-weight: 700; }
.chart-svg .brush-band, .chart-svg .brush-surface { display: none; }
`);
