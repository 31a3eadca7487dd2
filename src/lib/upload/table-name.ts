import type { Db } from '$lib/db/db';

/** `upload_` and the file's name in lower-case letters, digits and underscores. */
export function tableSlug(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const slug = stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return `upload_${slug || 'file'}`;
}

/** A table name for the upload that no table in DuckDB has yet. */
export async function tableNameFor(db: Db, fileName: string): Promise<string> {
  const base = tableSlug(fileName);
  const rows = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE '${base}%'`,
  );
  const taken = new Set(rows.map((row) => row.name));
  let name = base;
  for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}_${suffix}`;
  return name;
}
