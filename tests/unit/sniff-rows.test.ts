import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import { decodeSample } from '$lib/upload/sniff/decode';
import { sampleRows } from '$lib/upload/sniff/rows';
import { readFixture } from '../fixtures/uploads/read-fixture';

describe('sampleRows', () => {
  it('splits rows, keeping quoted commas and skipping blank lines', () => {
    const text = 'a,b\r\n\r\n"1,422件",x\r\n,\r\n3,"y\nz"\r\n';
    expect(sampleRows(text, ',', 10, false)).toEqual({
      rows: [
        ['a', 'b'],
        ['1,422件', 'x'],
        ['3', 'y\nz'],
      ],
      lines: [1, 3, 5],
      complete: true,
      unclosedQuote: false,
    });
  });

  it('stops at maxRows and says the rows are not all', () => {
    const result = sampleRows('a\n1\n2\n3\n', ',', 2, false);
    expect(result).toEqual({
      rows: [['a'], ['1']],
      lines: [1, 2],
      complete: false,
      unclosedQuote: false,
    });
  });

  it('drops a last row cut by the end of the sample, and keeps one a line break ends', () => {
    expect(sampleRows('a,b\n1,2\n3,', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      complete: false,
    });
    expect(sampleRows('a,b\n1,2\n3,"x\n', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    // The end cut a row that is still blank (a quote just opened): the rows before it are whole.
    expect(sampleRows('\na,b\n"', ',', 10, true)).toMatchObject({ rows: [['a', 'b']], lines: [2] });
    // The end fell between a carriage return and its line feed: the row is whole, without the \r.
    expect(sampleRows('a,b\r\n1,2\r', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      lines: [1, 2],
    });
    expect(sampleRows('a,b\r1,2\r', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(sampleRows('a,b\n1,2\n  ', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(sampleRows('a,b\n1,2\n', ',', 10, true)).toMatchObject({
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      complete: false,
    });
  });

  it('refuses a truncated sample with no line break: one line longer than the sample', () => {
    const megabyte = 'a,'.repeat(600_000);
    expect(inEnglish(sampleRows(megabyte, ',', 10, true))).toEqual({
      problem: 'line 1 is longer than 1 MB; this does not look like a table',
    });
    expect(sampleRows('a,b', ',', 10, false)).toMatchObject({ rows: [['a', 'b']], complete: true });
  });

  it('says when a quote never closes, and keeps the rest of the text in that cell', () => {
    const text = decodeSample(readFixture('unterminated-quote.csv'), 'utf-8');
    expect(sampleRows(text, ',', 10, false)).toEqual({
      rows: [
        ['name', 'comment'],
        ['A', 'this quote is never closed\r\nB,fine\r\nC,also fine\r\n'],
      ],
      lines: [1, 2],
      complete: true,
      unclosedQuote: true,
    });
  });

  it('keeps a ragged file as ragged rows', () => {
    const text = decodeSample(readFixture('ragged.csv'), 'utf-8');
    const result = sampleRows(text, ',', 10, false);
    expect('rows' in result && result.rows.map((row) => row.length)).toEqual([4, 2, 5, 4]);
  });
});
