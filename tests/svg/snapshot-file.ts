import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '__snapshots__');

/**
 * Compares markup with __snapshots__/NAME.svg. A difference fails and writes NAME.actual.svg
 * beside the old one for review; a missing snapshot is written, except on CI where it fails.
 */
export function expectSnapshot(name: string, markup: string): void {
  mkdirSync(DIR, { recursive: true });
  const expectedFile = path.join(DIR, `${name}.svg`);
  const actualFile = path.join(DIR, `${name}.actual.svg`);
  if (!existsSync(expectedFile)) {
    if (process.env.CI) throw new Error(`${name}.svg: no snapshot committed`);
    writeFileSync(expectedFile, markup);
    return;
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (expected !== markup) writeFileSync(actualFile, markup);
  expect(markup, `${name}: new rendering written to ${actualFile}`).toBe(expected);
}
