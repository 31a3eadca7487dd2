import type { ColumnKind, ColumnSpec, TableSpec } from '../schema/index.ts';

/** A Frictionless Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface SchemaField {
  name: string;
  type: string;
  format?: string;
  description: string;
  /** Not part of the standard's fields; descriptors may carry extra properties. */
  unit?: string;
  constraints?: { required?: boolean; minimum?: number; pattern?: string; enum?: string[] };
}

/** The standard's type for each kind of column, with the kind's rule as far as it can say it. */
const FIELD_OF: Record<ColumnKind, Pick<SchemaField, 'type' | 'format' | 'constraints'>> = {
  text: { type: 'string' },
  url: { type: 'string', format: 'uri' },
  date: { type: 'date' },
  month: { type: 'yearmonth' },
  release_id: {
    type: 'string',
    constraints: { pattern: '\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?' },
  },
  count: { type: 'integer', constraints: { minimum: 0 } },
  oku_yen: { type: 'number', constraints: { minimum: 0 } },
  enum: { type: 'string' },
};

function field(column: ColumnSpec): SchemaField {
  const { type, format, constraints } = FIELD_OF[column.kind];
  const rules = {
    ...constraints,
    ...(column.required ? { required: true } : {}),
    ...(column.values ? { enum: [...column.values] } : {}),
  };
  return {
    name: column.name,
    type,
    ...(format ? { format } : {}),
    description: column.unit ? `${column.description} (${column.unit})` : column.description,
    ...(column.unit ? { unit: column.unit } : {}),
    ...(Object.keys(rules).length > 0 ? { constraints: rules } : {}),
  };
}

/** A table's declaration as a Table Schema: its fields, keys and references. */
export function tableSchema(table: TableSpec) {
  return {
    fields: table.columns.map(field),
    // An empty cell is a figure that was not published.
    missingValues: [''],
    ...(table.key ? { primaryKey: [...table.key] } : {}),
    ...(table.references
      ? {
          foreignKeys: table.references.map((reference) => ({
            fields: [reference.column],
            reference: { resource: reference.table, fields: [reference.tableColumn] },
          })),
        }
      : {}),
  };
}
