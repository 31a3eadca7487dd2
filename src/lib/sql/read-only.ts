import { nearestName } from './edit-distance';

/** The statements a reader may run: they read the loaded tables and change nothing. */
const READING = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'summarize',
  'show',
]);

/**
 * DuckDB's other statements, refused: they write, load, attach, change settings or run another
 * statement (EXPLAIN ANALYZE).
 */
const OTHER_STATEMENTS = new Set([
  'abort',
  'alter',
  'analyze',
  'attach',
  'begin',
  'call',
  'checkpoint',
  'comment',
  'commit',
  'copy',
  'create',
  'deallocate',
  'delete',
  'detach',
  'drop',
  'end',
  'execute',
  'explain',
  'export',
  'force',
  'import',
  'insert',
  'install',
  'load',
  'merge',
  'pivot',
  'pragma',
  'prepare',
  'reset',
  'rollback',
  'set',
  'start',
  'truncate',
  'unpivot',
  'update',
  'use',
  'vacuum',
]);

/** The reading keyword a mistyped one was most likely meant to be, at most two edits away. */
function nearestReading(word: string): string | null {
  return nearestName(word, READING, 2);
}

/** Splits SQL into statements on semicolons outside strings, quoted names and comments. */
function statements(sql: string): string[] {
  const found: string[] = [];
  let current = '';
  for (let index = 0; index < sql.length; index += 1) {
    const char = sql[index] ?? '';
    const next = sql[index + 1] ?? '';
    if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', index);
      index = end < 0 ? sql.length : end;
      current += ' ';
    } else if (char === '/' && next === '*') {
      const end = sql.indexOf('*/', index + 2);
      index = end < 0 ? sql.length : end + 1;
      current += ' ';
    } else if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < sql.length && !(sql[end] === char && sql[end + 1] !== char)) {
        end += sql[end] === char ? 2 : 1;
      }
      current += sql.slice(index, end + 1);
      index = end;
    } else if (char === ';') {
      found.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  found.push(current);
  return found.map((statement) => statement.trim()).filter((statement) => statement !== '');
}

/** Why the reader's SQL may not run; the view words it in the reader's language. */
export type ReadOnlyProblem =
  | { readonly code: 'no-statement' }
  | { readonly code: 'several-statements' }
  | { readonly code: 'writes'; readonly keyword: string }
  | { readonly code: 'unknown'; readonly keyword: string; readonly meant: string | null };

/**
 * Why the reader's SQL may not run, or null: one statement that only reads. The published data
 * must stay as published, so nothing that writes, drops, attaches or changes settings runs.
 */
export function readOnlyProblem(sql: string): ReadOnlyProblem | null {
  const found = statements(sql);
  if (found.length === 0) return { code: 'no-statement' };
  if (found.length > 1) return { code: 'several-statements' };
  const keyword = /^\(*\s*([a-z]+)/i.exec(found[0] ?? '')?.[1]?.toLowerCase() ?? '';
  if (READING.has(keyword)) return null;
  if (OTHER_STATEMENTS.has(keyword) || keyword === '') {
    return { code: 'writes', keyword: keyword.toUpperCase() };
  }
  // A typo ("SELEC") starts no statement at all: it is not a refused write.
  return {
    code: 'unknown',
    keyword: keyword.toUpperCase(),
    meant: nearestReading(keyword)?.toUpperCase() ?? null,
  };
}
