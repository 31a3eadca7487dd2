/** What a DuckDB (or browser) error says, recognised where it is a common one. */
export type RecognisedError =
  | { readonly code: 'syntax'; readonly near: string | null; readonly at: Position | null }
  | {
      readonly code: 'missing-table';
      readonly name: string;
      readonly at: Position | null;
      /** The loaded table or view the name is closest to, where the reader's tables are known. */
      readonly meant: string | null;
    }
  | { readonly code: 'missing-column'; readonly name: string; readonly at: Position | null }
  | { readonly code: 'missing-function'; readonly name: string; readonly at: Position | null }
  | { readonly code: 'conversion'; readonly value: string; readonly type: string }
  | { readonly code: 'blocked'; readonly target: string | null }
  | { readonly code: 'read-only' }
  | { readonly code: 'interrupted' };

/** 1-based, in the query as the reader wrote it. */
export interface Position {
  readonly line: number;
  readonly column: number | null;
}

/**
 * Where DuckDB points: its "LINE n: …" excerpt and the caret under it. The caret's column is only
 * known when the excerpt starts at the line's start (DuckDB shortens long lines with "...").
 */
function positionOf(message: string): Position | null {
  const excerpt = /^LINE (\d+): (.*)\n( *)\^/m.exec(message);
  if (!excerpt) return null;
  const line = Number(excerpt[1]);
  const prefix = `LINE ${excerpt[1]}: `.length;
  const shortened = (excerpt[2] ?? '').startsWith('...');
  return { line, column: shortened ? null : (excerpt[3] ?? '').length - prefix + 1 };
}

/**
 * DuckDB-wasm throws its errors as JSON ({"exception_type":"Parser","exception_message":…}); they
 * read as DuckDB prints them ("Parser Error: …"). Anything else is returned as it is.
 */
export function engineErrorText(message: string): string {
  if (!message.startsWith('{')) return message;
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== 'object' || parsed === null) return message;
    const { exception_type: type, exception_message: text } = parsed as Record<string, unknown>;
    if (typeof text !== 'string') return message;
    return typeof type === 'string' && type !== '' ? `${type} Error: ${text}` : text;
  } catch {
    return message;
  }
}

const quoted = (text: string) => /"([^"]*)"/.exec(text)?.[1] ?? null;

/** What a common error means; `message` as engineErrorText gives it. */
export function recogniseError(message: string): RecognisedError | null {
  const at = positionOf(message);
  const syntax = /Parser Error: syntax error (?:at or near "([^"]*)"|at end of input)/.exec(
    message,
  );
  if (syntax) return { code: 'syntax', near: syntax[1] ?? null, at };
  if (/^Parser Error:/m.test(message)) return { code: 'syntax', near: null, at };
  const table = /Catalog Error: Table with name (\S+) does not exist/.exec(message);
  if (table?.[1]) return { code: 'missing-table', name: table[1], at, meant: null };
  const column = /Binder Error: Referenced column (?:"([^"]+)"|(\S+)) not found/.exec(message);
  if (column) return { code: 'missing-column', name: column[1] ?? column[2] ?? '', at };
  const fn =
    /Catalog Error: (?:Scalar |Table |Aggregate )?Function with name (\S+) does not exist/.exec(
      message,
    );
  if (fn?.[1]) return { code: 'missing-function', name: fn[1], at };
  const conversion = /Conversion Error: Could not convert string '([^']*)' to (\S+)/.exec(message);
  if (conversion)
    return { code: 'conversion', value: conversion[1] ?? '', type: conversion[2] ?? '' };
  if (/Permission Error|enable_external_access|disabled by configuration/.test(message))
    return { code: 'blocked', target: quoted(message) };
  if (/read-only|read only|lock_configuration/i.test(message)) return { code: 'read-only' };
  if (/INTERRUPT|Interrupted/i.test(message)) return { code: 'interrupted' };
  return null;
}
