import { scaleLinear } from 'd3-scale';
import type { PlotArea } from './layout';

/** The vertical scale every chart shares: from zero (a missing figure is never drawn there) up. */
export function valueScale(highest: number, area: PlotArea) {
  return scaleLinear()
    .domain([0, Math.max(1, highest)])
    .nice()
    .range([area.bottom, area.top]);
}
