import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import { decodeSample } from '$lib/upload/sniff/decode';
import { detectHeader, placeholderHeaders, uniqueHeaders } from '$lib/upload/sniff/header';
import { sampleRows } from '$lib/upload/sniff/rows';
import { readFixture } from '../fixtures/uploads/read-fixture';

function rowsOf(name: string): string[][] {
  const encoding = name.includes('.sjis.') ? 'shift_jis' : 'utf-8';
  const delimiter = name.endsWith('.tsv') ? '\t' : ',';
  const sampled = sampleRows(decodeSample(readFixture(name), encoding), delimiter, 50, false);
  if ('problem' in sampled) throw new Error(String(inEnglish(sampled.problem)));
  return sampled.rows;
}

describe('detectHeader', () => {
  it('finds the header row of the fixture files that have one', () => {
    for (const name of [
      'incidents-small.csv',
      'broker-cases.sjis.csv',
      'pasted-table.tsv',
      'free-table.csv',
      'duplicate-headers.csv',
      'ragged.csv',
      'html-cells.csv',
      'header-only.csv',
    ]) {
      expect(detectHeader(rowsOf(name)), name).toBe(1);
    }
  });

  it('finds none where the first row is data', () => {
    expect(detectHeader(rowsOf('no-header.csv'))).toBe(0);
    expect(
      detectHeader([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBe(0);
    expect(detectHeader([])).toBe(0);
  });

  it('takes unknown names for a header when numbers or dates sit below them', () => {
    expect(
      detectHeader([
        ['prefecture', 'cases'],
        ['Tokyo', '12'],
        ['Osaka', '7'],
      ]),
    ).toBe(1);
    expect(
      detectHeader([
        ['Tokyo', 'Osaka'],
        ['Kyoto', 'Nara'],
      ]),
    ).toBe(0);
  });

  it('takes known names for a header even with only text below', () => {
    expect(
      detectHeader([
        ['証券会社', '備考'],
        ['例示証券', 'なし'],
      ]),
    ).toBe(1);
  });
});

describe('uniqueHeaders', () => {
  it('trims, names empty cells by position and numbers repeats', () => {
    expect(uniqueHeaders(rowsOf('duplicate-headers.csv')[0] ?? [])).toEqual({
      headers: ['date', 'amount', 'Amount_2', 'column_4', 'amount_3', 'note'],
      duplicates: ['amount'],
    });
    expect(uniqueHeaders([' a ', 'b', ''])).toEqual({
      headers: ['a', 'b', 'column_3'],
      duplicates: [],
    });
  });

  it('does not rename a repeat onto a name the file already uses', () => {
    expect(uniqueHeaders(['a', 'a_2', 'a', 'column_4', ''])).toEqual({
      headers: ['a', 'a_2', 'a_3', 'column_4', 'column_5'],
      duplicates: ['a'],
    });
    expect(uniqueHeaders(['column_2', ''])).toEqual({
      headers: ['column_2', 'column_2_2'],
      duplicates: [],
    });
  });

  it('names the columns of a file without a header row by position', () => {
    expect(placeholderHeaders(3)).toEqual(['column_1', 'column_2', 'column_3']);
  });
});
