import { getContext, setContext } from 'svelte';

/** What a chart's image and embed buttons need from the page around it. */
export interface ExportContext {
  /** The date of the chart's figures, for its exported image; null for charts not exported. */
  dateLine: (chartId: string) => string | null;
  /** The page's address as the reader sees it. */
  address: () => string;
  /** The address of the chart-only page for a chart. */
  embedAddress: (chartId: string) => string;
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
