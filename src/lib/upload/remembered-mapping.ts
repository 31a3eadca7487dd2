import type { UploadChoices } from './build-plan';
import { UPLOAD_TARGETS } from './build-plan';

/** A mapping the reader confirmed, kept in this browser for the next file with the same headers. */
export interface RememberedMapping {
  /** `headerKey` of the headers it was confirmed for. */
  readonly key: string;
  /** Those headers, normalised: a hash that matches by chance never offers a stranger's mapping. */
  readonly headers: readonly string[];
  readonly file: string;
  /** When it was confirmed, `YYYY-MM-DD` in the reader's time zone. */
  readonly confirmed: string;
  readonly choices: UploadChoices;
}

/** A header as spreadsheets vary it: full-width forms folded, case and runs of spaces ignored. */
export const normaliseHeader = (header: string) =>
  header.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export const normaliseHeaders = (headers: readonly string[]) => headers.map(normaliseHeader);

/** cyrb53: a 53-bit string hash, enough to tell header lists apart (the headers are kept too). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The key of a header list: the same for headers that differ only as `normaliseHeader` allows. */
export function headerKey(headers: readonly string[]): string {
  // The unit separator cannot appear in a header, so ["a,b"] and ["a", "b"] never share a key.
  return hash53(normaliseHeaders(headers).join('\u001f'));
}

/** The remembered mapping for these headers, if any (its headers equal, not only its key). */
export function mappingFor(
  remembered: readonly RememberedMapping[],
  headers: readonly string[],
): RememberedMapping | null {
  const key = headerKey(headers);
  const normalised = normaliseHeaders(headers);
  return (
    remembered.find(
      (mapping) =>
        mapping.key === key &&
        mapping.headers.length === normalised.length &&
        mapping.headers.every((header, index) => header === normalised[index]),
    ) ?? null
  );
}

/** The list after confirming `choices` for a file: its headers' mapping replaced, newest first. */
export function withMapping(
  remembered: readonly RememberedMapping[],
  file: string,
  headers: readonly string[],
  choices: UploadChoices,
  confirmed: string,
  limit: number,
): RememberedMapping[] {
  const key = headerKey(headers);
  const mapping = { key, headers: normaliseHeaders(headers), file, confirmed, choices };
  return [mapping, ...remembered.filter((other) => other.key !== key)].slice(0, limit);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const TARGETS = new Set<unknown>(UPLOAD_TARGETS.map((table) => table.name));
const MODES = new Set<unknown>(['beside', 'append', 'replace']);
const UNITS = new Set<unknown>(['yen', 'man_yen', 'oku_yen', null]);
const FREE_KINDS = new Set<unknown>(['text', 'number', 'date']);

function isChoices(value: unknown, columns: number): value is UploadChoices {
  if (!isRecord(value)) return false;
  const { target, mode, columns: mapped, constants, freeKinds, wholeMonths } = value;
  return (
    (target === null || TARGETS.has(target)) &&
    MODES.has(mode) &&
    typeof wholeMonths === 'boolean' &&
    Array.isArray(mapped) &&
    mapped.every(
      (column) =>
        isRecord(column) &&
        Number.isInteger(column.source) &&
        (column.source as number) >= 0 &&
        (column.source as number) < columns &&
        (column.target === null || typeof column.target === 'string') &&
        UNITS.has(column.unit),
    ) &&
    isRecord(constants) &&
    Object.values(constants).every((constant) => typeof constant === 'string') &&
    isRecord(freeKinds) &&
    Object.values(freeKinds).every((kind) => FREE_KINDS.has(kind))
  );
}

/** The mappings kept in storage, read as untrusted text: anything malformed is left out. */
export function parseRemembered(text: string | null): RememberedMapping[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is RememberedMapping =>
      isRecord(item) &&
      typeof item.key === 'string' &&
      isStringArray(item.headers) &&
      item.key === headerKey(item.headers) &&
      typeof item.file === 'string' &&
      typeof item.confirmed === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(item.confirmed) &&
      isChoices(item.choices, item.headers.length),
  );
}
