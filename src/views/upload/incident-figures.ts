import { formatOku } from '$lib/format/numbers';
import { uploadChartWords as w } from '$lib/i18n';
import type { IncidentAmounts } from '$lib/queries/incident-summary';

export type IncidentFigures = IncidentAmounts & { readonly incidents: number };

/** The columns every downloaded summary of incidents carries after its first. */
export const FIGURE_COLUMNS = [
  'incidents',
  'sell_oku_yen',
  'sell_known',
  'buy_oku_yen',
  'buy_known',
  'source',
] as const;

/** Table headings of the figures, in the order FigureCells draws them, in the page's language. */
export const figureHeadings = () =>
  (['incidents', 'sell', 'sellKnown', 'buy', 'buyKnown'] as const).map(
    (key) => w.incidents.columns[key],
  );

/** An amount summed where known, or "no value" where no incident gave one. */
export function amountText(sum: number | null): string {
  return sum === null ? w.noValue : formatOku(sum);
}

/** What a tooltip says about the amounts behind a count of incidents. */
export function amountLines(row: IncidentFigures): string[] {
  return [
    `${w.incidents.known(w.incidents.sell, row.sell_known, row.incidents)}: ${amountText(row.sell_oku_yen)}`,
    `${w.incidents.known(w.incidents.buy, row.buy_known, row.incidents)}: ${amountText(row.buy_oku_yen)}`,
  ];
}

/** A summary row for the CSV download: its figures, and that they come from the reader's file. */
export function figuresForCsv(row: IncidentFigures, file: string) {
  return {
    incidents: row.incidents,
    sell_oku_yen: row.sell_oku_yen,
    sell_known: row.sell_known,
    buy_oku_yen: row.buy_oku_yen,
    buy_known: row.buy_known,
    source: w.source(file),
  };
}

/** File names for downloads: the reader's file name without its extension or unsafe characters. */
export function downloadName(file: string, what: string): string {
  const stem = file.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'upload';
  return `takeover-watch-${stem}-${what}.csv`;
}
