import type { Completion } from '@codemirror/autocomplete';

/** A table or view the editor completes, with its columns. */
export interface CompletionTable {
  readonly name: string;
  /** Shown beside the name in the list of options (what the table holds). */
  readonly description?: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/** What the editor needs of a reader's upload: its table, the file it came from, its columns. */
interface Upload {
  readonly report: { readonly table: string; readonly file: string };
  readonly columns: CompletionTable['columns'];
}

/** The reader's uploaded tables as the editor completes them, described by their files. */
export function uploadedTables(uploads: readonly Upload[]): CompletionTable[] {
  return uploads.map(({ report, columns }) => ({
    name: report.table,
    description: report.file,
    columns,
  }));
}

/** The shape `@codemirror/lang-sql` takes for its `schema` option. */
export type CompletionSchema = Record<
  string,
  { self: Completion; children: readonly Completion[] }
>;

/**
 * Tables and their columns for completion, later ones (uploads) after the built-in ones; a name
 * given twice keeps its first columns, as DuckDB would find only one table of that name.
 */
export function completionSchema(tables: readonly CompletionTable[]): CompletionSchema {
  const schema: CompletionSchema = {};
  for (const table of tables) {
    if (Object.hasOwn(schema, table.name)) continue;
    schema[table.name] = {
      self: { label: table.name, type: 'type', detail: table.description },
      children: table.columns.map((column) => ({
        label: column.name,
        type: 'property',
        detail: column.type,
      })),
    };
  }
  return schema;
}
