import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { recordBatches } from '$lib/upload/record-batches';
import { recordFilterOf } from '$lib/upload/record-filter';
import { findTable } from '$lib/upload/sniff/find-table';
import { sniff } from '$lib/upload/sniff/sniff';
import type { UploadMessage } from '$lib/upload/upload-message';

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
const footnoteRow = (width: number, text = fc.string({ minLength: 1, maxLength: 12 })) =>
  fc
    .tuple(fc.constantFrom(...FOOTNOTE_MARKS), fc.array(text, { minLength: 1, maxLength: width }))
    .map(([mark, parts]) => {
      const cells = [`${mark}${parts[0] ?? ''}`, ...parts.slice(1)];
      return [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
    });
const titleRows = (text: fc.Arbitrary<string>) =>
  fc.array(
    fc.oneof(
      fc.constant(['']),
      text.map((title) => [title]),
    ),
    { maxLength: 3 },
  );

type Kind = 'data' | 'total' | 'footnote';
const sheetOf = (text: (maxLength: number) => fc.Arbitrary<string>) =>
  fc.integer({ min: 2, max: 5 }).chain((width) =>
    fc.record({
      width: fc.constant(width),
      titles: titleRows(text(30)),
      header: fc.shuffledSubarray(HEADERS, { minLength: width, maxLength: width }),
      units: fc.boolean(),
      body: fc.array(
        fc.oneof(
          {
            weight: 4,
            arbitrary: dataRow(width).map((cells) => ({ kind: 'data' as Kind, cells })),
          },
          {
            weight: 1,
            arbitrary: totalRow(width).map((cells) => ({ kind: 'total' as Kind, cells })),
          },
          {
            weight: 1,
            arbitrary: footnoteRow(width, text(12)).map((cells) => ({
              kind: 'footnote' as Kind,
              cells,
            })),
          },
        ),
        { minLength: 1, maxLength: 15 },
      ),
    }),
  );
const sheet = sheetOf((maxLength) => fc.string({ minLength: 1, maxLength }));

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

/** Text a CSV cell may hold: quotes and commas (quoted), Japanese, the marks' own characters. */
const csvText = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom(...'abXZ 注記出典資料計、。()"1.-,'),
    minLength: 1,
    maxLength,
  });
/** Data rows whose words only look like a total's or a footnote's: they are data all the same. */
const wordyRow = (width: number) =>
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom('計画地区', '注文', '資本金', '出口', '(株)テスト', 'Totalmente', 'Summer'),
        fc.constantFrom('Subway', 'Notebook', 'Source code', 'グランド'),
        month,
      ),
      fc.constantFrom('12', '計算中', '月計'),
      fc.array(figure, { minLength: width - 2, maxLength: width - 2 }),
    )
    .map(([first, second, rest]) => [first, second, ...rest]);
const tailRow = (width: number) =>
  fc.oneof(
    { weight: 2, arbitrary: wordyRow(width).map((cells) => ({ kind: 'data' as Kind, cells })) },
    { weight: 1, arbitrary: totalRow(width).map((cells) => ({ kind: 'total' as Kind, cells })) },
    {
      weight: 1,
      arbitrary: footnoteRow(width, csvText(12)).map((cells) => ({
        kind: 'footnote' as Kind,
        cells,
      })),
    },
  );
const streamedSheet = sheetOf(csvText).chain((sheet) =>
  fc.record({
    sheet: fc.constant(sheet),
    tail: fc.array(tailRow(sheet.width), { maxLength: 10 }),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    chunk: fc.integer({ min: 1, max: 200 }),
  }),
);

const csvLine = (cells: readonly string[]) =>
  cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');

/** The lines a stream of record batches loads, and the notes its batches carry. */
async function streamed(bytes: Uint8Array, cut: number, chunk: number) {
  const sniffed = sniff(bytes.subarray(0, cut), { truncated: cut < bytes.length });
  if ('problem' in sniffed) throw new Error(`not sniffed: ${sniffed.problem.code}`);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, index) =>
    bytes.subarray(index * chunk, (index + 1) * chunk),
  );
  let text = '';
  const notes: UploadMessage[] = [...sniffed.notes];
  const decoder = new TextDecoder();
  for await (const { batch } of recordBatches(chunks, { ...sniffed, ...recordFilterOf(sniffed) })) {
    text += decoder.decode(batch.bytes);
    notes.push(...batch.notes);
  }
  const records = Papa.parse<string[]>(text, { delimiter: sniffed.delimiter }).data;
  return { loaded: new Set(records.map((record) => Number(record[0]))), notes };
}

describe('totals and footnotes past the part the table finder read (properties)', () => {
  it('never loads a total or a footnote as data, wherever the sniffed part ends, and names each', async () => {
    await fc.assert(
      fc.asyncProperty(
        streamedSheet,
        async ({ sheet: { width, titles, header, units, body }, tail, cut, chunk }) => {
          const top = [
            ...titles,
            header,
            ...(units ? [['', ...Array<string>(width - 1).fill('（件）')]] : []),
          ];
          const rows = [...body, ...tail];
          // A file with no data row at all is refused whole (file-header-only), not streamed.
          fc.pre(rows.some((row) => row.kind === 'data'));
          const lines = [...top, ...rows.map((row) => row.cells)].map(csvLine);
          const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
          const headerEnd = new TextEncoder().encode(lines.slice(0, top.length).join('\n') + '\n');
          const cutAt = headerEnd.length + Math.floor(cut * (bytes.length - headerEnd.length));
          const { loaded, notes } = await streamed(bytes, cutAt, chunk);
          const noted = new Set(
            notes.flatMap((note) =>
              note.code === 'row-total' || note.code === 'row-footnote' ? [note.line] : [],
            ),
          );
          rows.forEach((row, index) => {
            const line = top.length + index + 1;
            if (row.kind === 'data') return;
            expect(loaded.has(line), `line ${line} (${row.kind}) was loaded`).toBe(false);
            expect(noted.has(line), `line ${line} (${row.kind}) was not named`).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('loads every data row past the sniffed part, 計 or 注 in its words or not', async () => {
    await fc.assert(
      fc.asyncProperty(streamedSheet, async ({ sheet: { header, body }, tail, chunk }) => {
        const rows = [...body, ...tail];
        const lines = [header, ...rows.map((row) => row.cells)].map(csvLine);
        const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
        // Only the header is sniffed: every row is classified as it streams.
        const cutAt = new TextEncoder().encode(`${lines[0]}\n`).length;
        const { loaded } = await streamed(bytes, cutAt, chunk);
        rows.forEach((row, index) => {
          if (row.kind === 'data') expect(loaded.has(index + 2), `line ${index + 2}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
