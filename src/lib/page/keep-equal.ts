/** Equal as data: primitives, arrays and plain objects compared by value, anything else by identity. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const other = b as Record<string, unknown>;
  return keys.every(
    (key) => key in other && deepEqual((a as Record<string, unknown>)[key], other[key]),
  );
}

function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * `next`, where each field equal to `kept`'s is `kept`'s own (and `kept` itself if all are): an
 * answer that repeats what the page already shows keeps its identity, so nothing drawn from it
 * draws again. DuckDB's first answers in the browser repeat the build's.
 */
export function keepEqualFields<T extends object>(next: T, kept: T | null | undefined): T {
  if (!kept) return next;
  const merged = { ...next };
  let all = true;
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (deepEqual(next[key], kept[key])) merged[key] = kept[key];
    else all = false;
  }
  return all ? kept : merged;
}
