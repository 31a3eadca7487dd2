import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_FILE, citationCff, currentCitationCff } from '../../scripts/citation-cff';

const RELEASES = path.resolve(import.meta.dirname, '../../data/fsa_releases.csv');
const committed = () => readFileSync(CITATION_FILE, 'utf8');
/** A top-level `key: value` of the file, unquoted. */
const top = (cff: string, key: string) =>
  new RegExp(`^${key}: (.*)$`, 'm').exec(cff)?.[1]?.replace(/^"(.*)"$/, '$1');

describe('CITATION.cff', () => {
  it('is up to date with data/fsa_releases.csv (run npx tsx scripts/citation-cff.ts)', () => {
    expect(committed()).toBe(currentCitationCff());
  });

  it('names the latest release as its version and date', () => {
    const ids = readFileSync(RELEASES, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0])
      .filter(Boolean)
      .sort();
    expect(top(committed(), 'version')).toBe(ids.at(-1));
    expect(top(committed(), 'date-released')).toBe('2026-01-14');
  });

  it('has the fields Citation File Format 1.2.0 requires, for a data set', () => {
    const cff = committed();
    expect(top(cff, 'cff-version')).toBe('1.2.0');
    expect(top(cff, 'type')).toBe('dataset');
    expect(top(cff, 'title')).toMatch(/^Takeover Watch: /);
    expect(top(cff, 'message')).toBeTruthy();
    expect(top(cff, 'license')).toBe('CC-BY-4.0');
    expect(cff).toMatch(/^authors:\n {2}- name: "Takeover Watch"$/m);
  });

  it('goes stale when a release is added', () => {
    const csv = readFileSync(RELEASES, 'utf8');
    const next = `${csv.trimEnd()}\n2026-02-10,2026-02-10,2026-01-01,2026-01-31,,,,,,,medium,https://example.org/,\n`;
    const updated = citationCff(next);
    expect(updated).not.toBe(committed());
    expect(top(updated, 'version')).toBe('2026-02-10');
    expect(top(updated, 'date-released')).toBe('2026-02-10');
    const monthOnly = citationCff(
      `${csv.trimEnd()}\n2026-02,,2026-01-01,2026-01-31,,,,,,,low,https://example.org/,\n`,
    );
    expect(top(monthOnly, 'version')).toBe('2026-02');
    expect(top(monthOnly, 'date-released')).toBeUndefined();
  });
});
