import Encoding from 'encoding-japanese';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { messageText } from '$lib/i18n/upload-messages';
import { NAMED_LEFT_OUT } from '$lib/upload/left-out-records';
import type { UploadMessage } from '$lib/upload/upload-message';
import { openLockedDatasetDb, uploadFile } from '../support/upload-db';

let db: Db;
let folder = '';
beforeAll(async () => {
  db = await openLockedDatasetDb();
  folder = await mkdtemp(path.join(tmpdir(), 'takeover-streamed-totals-'));
}, 120_000);
afterAll(async () => {
  await db.close();
  await rm(folder, { recursive: true, force: true });
});

const DATA_ROWS = 80_000;
/** Lines, from 1: the header, then data rows; a subtotal in the sniffed part, one far past it. */
function freeTable(): { lines: string[]; leftOut: UploadMessage[] } {
  const lines = ['place,date,cases,note'];
  const leftOut: UploadMessage[] = [];
  for (let index = 1; index <= DATA_ROWS; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(
      `place ${index},2025-04-${day},${index % 97},${index % 10 === 0 ? '月計で集計' : ''}`,
    );
    if (index === 100 || index === 60_000) {
      lines.push('小計,,4321,');
      leftOut.push({ code: 'row-total', line: lines.length, label: '小計 4321' });
    }
    // A data row whose words only look like a total's: it loads.
    if (index === 70_000) lines.push('計画地区,2025-04-07,7,計画中');
  }
  lines.push('合計,,999999,');
  leftOut.push({ code: 'row-total', line: lines.length, label: '合計 999999' });
  lines.push('');
  lines.push('※ 件数は暫定値です,,,');
  leftOut.push({ code: 'row-footnote', line: lines.length, text: '※ 件数は暫定値です' });
  lines.push('"※2 Amounts in yen, rounded",,,');
  leftOut.push({ code: 'row-footnote', line: lines.length, text: '※2 Amounts in yen, rounded' });
  lines.push('速報値であり今後変わることがあります,,,');
  leftOut.push({
    code: 'row-footnote',
    line: lines.length,
    text: '速報値であり今後変わることがあります',
  });
  return { lines, leftOut };
}

const shiftJis = (text: string) =>
  Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));

describe('totals and footnotes past the first megabyte, into real DuckDB', () => {
  const { lines, leftOut } = freeTable();
  const files = [
    { name: 'free-table.utf8.csv', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) },
    { name: 'free-table.sjis.csv', bytes: shiftJis(`${lines.join('\r\n')}\r\n`) },
  ];

  it.each(files)('leaves them out of $name and names each by its line', async ({ name, bytes }) => {
    expect(bytes.length).toBeGreaterThan(2 * 2 ** 20);
    const file = path.join(folder, name);
    await writeFile(file, bytes);
    const report = await uploadFile(db, file);
    expect(report).toMatchObject({ rowsLoaded: DATA_ROWS + 1, rowsRejected: 0 });
    const named = report.notes.filter(
      (note) => note.code === 'row-total' || note.code === 'row-footnote',
    );
    expect(named).toEqual(leftOut);
    const [loaded] = await db.query<Record<string, number>>(
      `SELECT count(*) AS rows, count(*) FILTER (place IN ('小計', '合計') OR place LIKE '%※%'
         OR place LIKE '速報値%') AS left_out, sum(cases) AS cases,
         count(*) FILTER (place = '計画地区') AS wordy, max(source_line) AS last
       FROM ${report.table}`,
    );
    const cases = Array.from({ length: DATA_ROWS }, (_, index) => (index + 1) % 97);
    expect(loaded).toEqual({
      rows: DATA_ROWS + 1,
      left_out: 0,
      cases: cases.reduce((sum, value) => sum + value, 0) + 7,
      wordy: 1,
      last: lines.length - 5,
    });
    const footnote = named.at(-2);
    if (!footnote) throw new Error('no footnote named');
    expect(messageText(footnote, 'en')).toBe(
      `line ${footnote.line} is a footnote (“※2 Amounts in yen, rounded”); it was not loaded`,
    );
    expect(messageText(footnote, 'ja')).toBe(
      `${footnote.line}行目は注記（「※2 Amounts in yen, rounded」）のため、読み込んでいません`,
    );
  });

  it('names the first totals past the sniffed part one by one, then counts the rest', async () => {
    const subtotals = NAMED_LEFT_OUT + 25;
    const rows = ['place,cases'];
    for (let index = 1; index <= 60_000; index += 1) {
      rows.push(`place ${index},${index % 13}`);
      if (index > 20_000 && index % 200 === 0 && index / 200 - 100 <= subtotals) rows.push('計,99');
    }
    rows.push('※ 暫定値,');
    const file = path.join(folder, 'many-subtotals.csv');
    await writeFile(file, `${rows.join('\n')}\n`);
    const report = await uploadFile(db, file);
    expect(report).toMatchObject({ rowsLoaded: 60_000, rowsRejected: 0 });
    const named = report.notes.filter((note) => note.code === 'row-total');
    expect(named).toHaveLength(NAMED_LEFT_OUT);
    const subtotalLines = rows.flatMap((row, index) => (row === '計,99' ? [index + 1] : []));
    expect(named.map((note) => note.line)).toEqual(subtotalLines.slice(0, NAMED_LEFT_OUT));
    const more = report.notes.at(-1);
    expect(more).toEqual({
      code: 'rows-left-out-more',
      totals: 25,
      footnotes: 1,
      first: subtotalLines[NAMED_LEFT_OUT],
      last: rows.length,
    });
    if (!more) throw new Error('no count of the lines left unnamed');
    expect(messageText(more, 'en')).toBe(
      `and 26 more lines between line ${subtotalLines[NAMED_LEFT_OUT]} and line ${rows.length} (25 totals, 1 footnote) were not loaded either`,
    );
    expect(messageText(more, 'ja')).toBe(
      `ほかに${subtotalLines[NAMED_LEFT_OUT]}行目から${rows.length}行目までの26行（合計の行25行、注記1行）も読み込んでいません`,
    );
  });
});
