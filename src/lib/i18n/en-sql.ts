import type { EngineState } from '$lib/db/query-engine.svelte';
import { formatCount } from '$lib/format/numbers';
import { countOf } from './plural';
import { SQL_EXAMPLES, type SqlExampleId } from '$lib/sql/examples';

/** The words of the SQL console; a second language implements this. */
export interface SqlWords {
  title: string;
  intro: string;
  editorLabel: string;
  shortcutHint: string;
  run: string;
  cancel: string;
  download: string;
  /** Why the query has not started yet, by the state of the query engine. */
  waitingForEngine: Record<EngineState, string>;
  running: string;
  cancelled: string;
  failed: string;
  summary: (rows: number, milliseconds: number) => string;
  resultCaption: string;
  noRows: string;
  noColumns: string;
  rowRange: (first: number, last: number, total: number) => string;
  pages: string;
  previousPage: string;
  nextPage: string;
  /** Read out for a NULL cell, which shows a dash. */
  nullCell: string;
  nullTitle: string;
  examples: {
    title: string;
    hint: string;
    titles: Record<SqlExampleId, string>;
  };
  schema: {
    title: string;
    hint: string;
    view: string;
    insertTable: (name: string) => string;
    columnsOf: (name: string) => string;
    columns: Record<'name' | 'type' | 'unit' | 'description', string>;
    latestView: string;
    latestColumn: {
      month: string;
      value: (metricDescription: string) => string;
      release: (metric: string) => string;
      confidence: (metric: string) => string;
      source: (metric: string) => string;
      period_start: (metric: string) => string;
      period_end: (metric: string) => string;
    };
  };
}

// The ids come from SQL_EXAMPLES itself, so every id has its title.
const exampleTitles = Object.fromEntries(
  SQL_EXAMPLES.map((example) => [example.id, example.title]),
) as Record<SqlExampleId, string>;

export const sqlWords: SqlWords = {
  title: 'Ask the data in SQL',
  intro:
    'Every table behind the charts, queryable with DuckDB in your browser. Nothing you type leaves this page.',
  editorLabel: 'SQL query',
  shortcutHint:
    'Ctrl+Enter (⌘+Enter on a Mac) runs the query; Ctrl+Space suggests table and column names. Tab leaves the editor.',
  run: 'Run query',
  cancel: 'Cancel',
  download: 'Download the result (CSV)',
  waitingForEngine: {
    idle: 'Loading the query engine; your query will run when it is ready.',
    loading: 'Loading the query engine; your query will run when it is ready.',
    ready: 'Starting your query…',
    failed: 'The query engine could not be loaded, so the query cannot run.',
  },
  running: 'Running the query…',
  cancelled: 'Query cancelled',
  failed: 'The query failed.',
  summary: (rows, milliseconds) =>
    `${countOf('en', rows, 'row', 'rows')} in ${formatCount(Math.round(milliseconds))} ms`,
  resultCaption: 'Query result',
  noRows: 'The query returned no rows.',
  noColumns: 'The statement ran and returned no columns.',
  rowRange: (first, last, total) =>
    `Rows ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`,
  pages: 'Result pages',
  previousPage: 'Previous rows',
  nextPage: 'Next rows',
  nullCell: 'NULL',
  nullTitle: 'NULL: no value (a figure the source did not publish)',
  examples: {
    title: 'Example questions',
    hint: 'Each puts its query in the editor; run it to see the answer.',
    titles: exampleTitles,
  },
  schema: {
    title: 'Tables and columns',
    hint: 'Choose a name to insert it into the query at the cursor.',
    view: 'view',
    insertTable: (name) => `Insert ${name}`,
    columnsOf: (name) => `Columns of ${name}`,
    columns: { name: 'Column', type: 'Type', unit: 'Unit', description: 'Description' },
    latestView:
      'The latest figure for each month and metric: the value from the newest release that published it, with that release, its confidence, source and period.',
    latestColumn: {
      month: 'Month (YYYY-MM)',
      value: (metricDescription) => `${metricDescription}: the latest published figure`,
      release: (metric) => `Release that published the latest ${metric}`,
      confidence: (metric) => `Confidence of the latest ${metric}`,
      source: (metric) => `Page the latest ${metric} was read from`,
      period_start: (metric) => `First day the latest ${metric} covers`,
      period_end: (metric) => `Last day the latest ${metric} covers`,
    },
  },
};
