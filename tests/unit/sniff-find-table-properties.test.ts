import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTable } from '$lib/upload/sniff/find-table';

const HEADERS = [
  '発生時期',
  '月',
  '不正アクセス件数',
  '不正取引件数',
  '売却金額',
  'Month',
  'count',
  'broker',
];
const TOTAL_LABELS = [
  '合計',
  '計',
  '総計',
  '累計',
  '小計',
  'Total',
  'TOTAL',
  'Grand total',
  '合計（1～5月）',
];
const FOOTNOTE_MARKS = ['※', '※1 ', '* ', '注1：', '（注）', '（出所）', 'Note: ', 'Source: '];

const month = fc
  .record({ year: fc.integer({ min: 2019, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}年${month}月`);
const figure = fc.oneof(
  fc.nat({ max: 99999 }).map((value) => value.toLocaleString('en-US')),
  fc.nat({ max: 9999 }).map((value) => `約${value}`),
  fc.constant(''),
);
const dataRow = (width: number) =>
  fc
    .tuple(month, fc.array(figure, { minLength: width - 1, maxLength: width - 1 }))
    .map(([first, rest]) => [first, ...rest]);
const totalRow = (width: number) =>
  fc
    .tuple(
      fc.constantFrom(...TOTAL_LABELS),
      fc.array(figure, { minLength: width - 1, maxLength: width - 1 }),
    )
    .map(([label, rest]) => [label, ...rest]);
/** A footnote, sometimes split into cells by commas in its text, as a CSV would split it. */
const footnoteRow = (width: number) =>
  fc
    .tuple(
      fc.constantFrom(...FOOTNOTE_MARKS),
      fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: width }),
    )
    .map(([mark, parts]) => {
      const cells = [`${mark}${parts[0] ?? ''}`, ...parts.slice(1)];
      return [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    });
const titleRows = fc.array(
  fc.oneof(
    fc.constant(['']),
    fc.string({ minLength: 1, maxLength: 30 }).map((title) => [title]),
  ),
  { maxLength: 3 },
);

type Kind = 'data' | 'total' | 'footnote';
const sheet = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.record({
    width: fc.constant(width),
    titles: titleRows,
    header: fc.shuffledSubarray(HEADERS, { minLength: width, maxLength: width }),
    units: fc.boolean(),
    body: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: dataRow(width).map((cells) => ({ kind: 'data' as Kind, cells })) },
        {
          weight: 1,
          arbitrary: totalRow(width).map((cells) => ({ kind: 'total' as Kind, cells })),
        },
        {
          weight: 1,
          arbitrary: footnoteRow(width).map((cells) => ({ kind: 'footnote' as Kind, cells })),
        },
      ),
      { minLength: 1, maxLength: 15 },
    ),
  }),
);

describe('findTable (properties)', () => {
  it('never keeps a total row or a footnote as data, and names each one by its line', () => {
    fc.assert(
      fc.property(sheet, ({ width, titles, header, units, body }) => {
        const top = [
          ...titles,
          header,
          ...(units ? [['', ...Array<string>(width - 1).fill('（件）')]] : []),
        ];
        const rows = [...top, ...body.map((row) => row.cells)];
        const found = findTable(rows);
        const keptLines = new Set(found.rows.map((row) => row.line));
        const notedLines = new Set(
          found.notes.flatMap((note) =>
            note.code === 'row-total' || note.code === 'row-footnote' ? [note.line] : [],
          ),
        );
        body.forEach((row, index) => {
          const line = top.length + index + 1;
          if (row.kind === 'data') return;
          expect(keptLines.has(line)).toBe(false);
          expect(notedLines.has(line)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every data row that follows its header', () => {
    fc.assert(
      fc.property(sheet, ({ titles, header, body }) => {
        const rows = [...titles, header, ...body.map((row) => row.cells)];
        const found = findTable(rows);
        const keptLines = new Set(found.rows.map((row) => row.line));
        body.forEach((row, index) => {
          if (row.kind === 'data') expect(keptLines.has(titles.length + 2 + index)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
