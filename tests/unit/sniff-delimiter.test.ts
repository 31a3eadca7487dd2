import { describe, expect, it } from 'vitest';
import { decodeSample } from '$lib/upload/sniff/decode';
import { detectDelimiter } from '$lib/upload/sniff/delimiter';
import { readFixture } from '../fixtures/uploads/read-fixture';

const delimiterOf = (name: string) => detectDelimiter(decodeSample(readFixture(name), 'utf-8'));

describe('detectDelimiter', () => {
  it('finds commas, tabs and semicolons in the fixture files', () => {
    expect(delimiterOf('free-table.csv')).toBe(',');
    expect(delimiterOf('pasted-table.tsv')).toBe('\t');
    expect(delimiterOf('semicolon.csv')).toBe(';');
  });

  it('does not count commas inside quotes (the FSA table: "1,422件")', () => {
    expect(delimiterOf('fsa-table-2025-04-18.csv')).toBe(',');
    expect(detectDelimiter('a;b\n"1;2",3\n"4;5",6\n')).toBe(',');
    expect(detectDelimiter('a;b\n"x,y";1\n"z,w,v";3\n')).toBe(';');
  });

  it('ignores a quoted line break', () => {
    expect(detectDelimiter('a\tb\n"line\none, two"\t1\nx\t2\n')).toBe('\t');
  });

  it('settles a tie for tab when every line has tabs, as a paste from a spreadsheet does', () => {
    expect(detectDelimiter('a,b\tc,d\n1,2\t3,4\n5,6\t7,8\n')).toBe('\t');
  });

  it('settles other ties for comma, and falls back to comma for a single column', () => {
    expect(detectDelimiter('a,b;c\n1,2;3\n')).toBe(',');
    expect(detectDelimiter('name\nA\nB\n')).toBe(',');
  });

  it('prefers the delimiter that gives the same cell count on most lines', () => {
    expect(detectDelimiter('date;amount\n2025-04-01;1,5\n2025-04-02;2\n')).toBe(';');
  });
});
