import { formatCount } from '$lib/format/numbers';
import { countOf } from './plural';
import type { NumericAggregate } from '$lib/queries/chart-builder';
import type { ColumnKind } from '$lib/queries/column-kind';

/** The words of one chart of uploaded incidents by broker or by stock. */
export interface IncidentCategoryWords {
  title: string;
  column: string;
  takeaway: (name: string, incidents: number, total: number) => string;
  noneNamed: (total: number) => string;
  noColumn: string;
}

/** The words of the charts drawn from a reader's own file; a second language implements this. */
export interface UploadChartWords {
  /** The source line of every such chart: whose figures these are, and whose they are not. */
  source: (file: string) => string;
  notGiven: string;
  allOthers: (members: number) => string;
  noValue: string;
  incidents: {
    count: string;
    sell: string;
    buy: string;
    amountAxis: string;
    known: (what: string, known: number, total: number) => string;
    columns: Record<'month' | 'incidents' | 'sell' | 'sellKnown' | 'buy' | 'buyKnown', string>;
    months: {
      title: string;
      countsLabel: string;
      amountsLabel: string;
      takeaway: (
        peak: number,
        peakMonth: string,
        total: number,
        first: string,
        last: string,
      ) => string;
      knownNote: (sellKnown: number, buyKnown: number, total: number) => string;
      noAmounts: string;
    };
    broker: IncidentCategoryWords;
    stock: IncidentCategoryWords & { ticker: string };
  };
  builder: {
    title: (y: string, x: string, group: string | null) => string;
    intro: string;
    xControl: string;
    yControl: string;
    groupControl: string;
    noGroup: string;
    option: (column: string, kind: ColumnKind) => string;
    count: string;
    aggregate: Record<NumericAggregate, (column: string) => string>;
    other: string;
    takeaway: (x: string, y: string, group: string | null) => string;
    cutInOrder: (shown: number, total: number) => string;
    cutLargest: (shown: number, total: number) => string;
    groupsCut: (groups: number) => string;
    noXInTime: (rows: number) => string;
    rows: string;
    rowsTip: (rows: number) => string;
  };
}

const plural = (count: number, one: string, many: string) => countOf('en', count, one, many);

function categoryWords(thing: string, things: string, column: string): IncidentCategoryWords {
  return {
    title: `Incidents in your file, by ${thing}`,
    column,
    takeaway: (name, incidents, total) =>
      `${name} had the most incidents: ${formatCount(incidents)} of ${formatCount(total)}.`,
    noneNamed: (total) =>
      `No ${thing} is given for any of the ${plural(total, 'incident', 'incidents')}.`,
    noColumn: `Your file has no ${thing} column, so every incident counts as “not given”; ${things} cannot be compared.`,
  };
}

const KINDS: Record<ColumnKind, string> = { number: 'number', date: 'date', text: 'text' };

export const uploadChartWords: UploadChartWords = {
  source: (file) =>
    `Source: your upload, “${file}”. Not published FSA data: figures counted from your file alone, in your browser.`,
  notGiven: 'not given',
  allOthers: (members) => `all others (${formatCount(members)})`,
  noValue: 'no value',
  incidents: {
    count: 'Incidents',
    sell: 'Sell amount',
    buy: 'Buy amount',
    amountAxis: '億円 (100 million yen)',
    known: (what, known, total) =>
      `${what} known for ${formatCount(known)} of ${plural(total, 'incident', 'incidents')}`,
    columns: {
      month: 'Month',
      incidents: 'Incidents',
      sell: 'Sell amount (億円)',
      sellKnown: 'Incidents with a sell amount',
      buy: 'Buy amount (億円)',
      buyKnown: 'Incidents with a buy amount',
    },
    months: {
      title: 'Incidents in your file, by month',
      countsLabel: 'Incidents per month',
      amountsLabel: 'Sell and buy amounts per month, summed where known',
      takeaway: (peak, peakMonth, total, first, last) =>
        `The busiest month was ${peakMonth}, with ${plural(peak, 'incident', 'incidents')}; ${formatCount(total)} in all from ${first} to ${last}.`,
      knownNote: (sellKnown, buyKnown, total) =>
        `Sell amount known for ${formatCount(sellKnown)} of ${plural(total, 'incident', 'incidents')}, buy amount for ${formatCount(buyKnown)}. A month where none is known is a gap, not zero.`,
      noAmounts: 'Your file gives no sell or buy amounts.',
    },
    broker: categoryWords('broker', 'brokers', 'Broker'),
    stock: { ...categoryWords('stock', 'stocks', 'Stock'), ticker: 'Code' },
  },
  builder: {
    title: (y, x, group) => `${y} by ${x}${group ? `, one series per ${group}` : ''}`,
    intro:
      'Your file matches none of the tables the dashboard knows, so choose what to draw: a column along one axis, what to measure, and optionally one series per value of another column.',
    xControl: 'Along the axis',
    yControl: 'Measure',
    groupControl: 'One series per',
    noGroup: 'No series (one total)',
    option: (column, kind) => `${column} (${KINDS[kind]})`,
    count: 'Number of rows',
    aggregate: {
      sum: (column) => `Sum of ${column}`,
      avg: (column) => `Average of ${column}`,
      min: (column) => `Smallest ${column}`,
      max: (column) => `Largest ${column}`,
    },
    other: 'all other values',
    takeaway: (x, y, group) => `The highest value is ${y}, for ${x}${group ? ` (${group})` : ''}.`,
    cutInOrder: (shown, total) =>
      `Showing the first ${formatCount(shown)} of ${formatCount(total)} values, in order.`,
    cutLargest: (shown, total) =>
      `Showing the ${formatCount(shown)} largest of ${formatCount(total)} values.`,
    groupsCut: (groups) =>
      `Only the ${groups} largest series are drawn on their own; the rest are drawn together as “all other values”.`,
    noXInTime: (rows) =>
      `${plural(rows, 'row has', 'rows have')} no value to place in time: they are in the table, not on the chart.`,
    rows: 'Rows',
    rowsTip: (rows) => plural(rows, 'row', 'rows'),
  },
};
