import { getContext, setContext } from 'svelte';

/** What a chart's image and embed buttons need from the page around it. */
export interface ExportContext {
  /** The date of the chart's figures, for its exported image; null for charts not exported. */
  dateLine: (chartId: string) => string | null;
  /** This page's address with the view, as a link to share (exports and prints state it). */
  address: () => string;
  /** The dashboard's address with the view, relative to the site (the same on server and browser). */
  dashboardHref: () => string;
  /** The absolute address of a chart's own page with the view (Share, embeds). */
  chartAddress: (chartId: string) => string;
  /** The chart this page embeds alone (`?embed=ID`), if any. */
  embedded: () => string | null;
}

const KEY = Symbol('chart-export');

export function setExportContext(context: ExportContext): void {
  setContext(KEY, context);
}

/** Undefined where no page provides it (charts of uploaded data, tests). */
export function getExportContext(): ExportContext | undefined {
  return getContext<ExportContext | undefined>(KEY);
}
