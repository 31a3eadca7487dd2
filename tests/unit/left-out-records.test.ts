import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeLeftOut, recordCells } from '$lib/upload/left-out-records';
import { isBlankRow, isFootnoteRow, isTotalRow } from '$lib/upload/sniff/row-kinds';

const COMMA = ','.charCodeAt(0);
const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Characters near the rules' edges: full-width letters, other spaces, marks, look-alikes. */
const tricky = fc.constantFrom(
  ...[
    '合計',
    '計',
    '小計画',
    '計 (',
    'Ｔｏｔａｌ',
    'ＴＯＴＡＬ',
    'tｏtal',
    '𝐓otal',
    'Total',
    'total(',
  ],
  ...['sum', 'Sub-total', 'grand total', '　', '\u00a0', '\ufeff', ' ', '\t', '※', '＊', '*', '†'],
  ...[
    '(注)',
    '（注1）',
    '注1:',
    '注文',
    '(出所)',
    '（出典）',
    '資料：',
    'Note 2:',
    'NOTES.',
    'Source:',
  ],
  ...['計画', '(株)', '楽天', 'ｻﾝﾌﾟﾙ', 'カ\u3099', 'Σ', 'a', '1', '"', '', '2025年4月', '約12'],
);
const cell = fc.array(tricky, { maxLength: 3 }).map((parts) => parts.join(''));

describe('the streamed look at a record’s first bytes', () => {
  it('never rules out a record the table finder’s rules leave out', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), (cells) => {
        const bytes = new TextEncoder().encode(cells.map(csvCell).join(','));
        const parsed = recordCells(bytes, 0, bytes.length, COMMA);
        expect(parsed).toEqual(cells);
        if (isBlankRow(cells) || isTotalRow(cells) || isFootnoteRow(cells))
          expect(mayBeLeftOut(bytes, 0, bytes.length, COMMA)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out data rows without decoding them', () => {
    const rows = ['SYN-0000001,2025-04-16,x', '楽天証券,12', '2025年4月,96', 'かぶ,1', 'Spring,1'];
    for (const row of rows) {
      const bytes = new TextEncoder().encode(row);
      expect(mayBeLeftOut(bytes, 0, bytes.length, COMMA), row).toBe(false);
    }
  });
});
