/** Space around the plot for axes and labels, in SVG units (= CSS pixels). */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot width on desktop screens, so that hydrating the prerendered page redraws nothing there. */
export const DEFAULT_WIDTH = 918;
export const DEFAULT_MARGIN: Margin = { top: 24, right: 24, bottom: 44, left: 60 };

export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function plotArea(width: number, height: number, margin = DEFAULT_MARGIN): PlotArea {
  return {
    left: margin.left,
    right: Math.max(margin.left + 1, width - margin.right),
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

export interface Tick {
  position: number;
  label: string;
}
