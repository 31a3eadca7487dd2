import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  listWorkbookSheets,
  readWorkbook,
  WorkbookError,
} from '$lib/upload/workbook/read-workbook';
import { inflateEntry } from '$lib/upload/workbook/inflate-entry';
import { sniff } from '$lib/upload/sniff/sniff';
import { sheetTextRows, textRowsCsv } from '$lib/upload/workbook/text-cells';
import { zipDirectory } from '$lib/upload/workbook/zip-directory';
import { writeXlsx, xlsxParts, zipParts } from '../../scripts/xlsx/write-xlsx';
import {
  FSA_SHEET_HEADER,
  fsaReleaseSheetRows,
  releaseRows,
} from '../support/fsa-release-workbook';

/** Rewrites one part of a workbook before it is zipped. */
function edit(parts: Record<string, string>, part: string, from: string | RegExp, to: string) {
  const text = parts[part];
  if (text === undefined) throw new Error(`no part ${part}`);
  parts[part] = text.replace(from, to);
}

async function problemOf(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    if (error instanceof WorkbookError) return error.problem;
    throw error;
  }
  throw new Error('the workbook was read');
}

/** Sets an entry's uncompressed size in the zip's central directory (a lying archive). */
function declareSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(part);
  for (let at = 0; at + 46 < bytes.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = bytes.subarray(at + 46, at + 46 + length);
    if (length === name.length && found.every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`no entry ${part}`);
}

describe('the FSA release of 2025-06-05 as a workbook', () => {
  const published = releaseRows('2025-06-05');
  const workbook = writeXlsx([{ name: '2025-06-05', rows: fsaReleaseSheetRows('2025-06-05') }]);

  it('reads numbers as numbers and the month cells as dates', async () => {
    const [sheet] = await readWorkbook(workbook);
    expect(sheet?.name).toBe('2025-06-05');
    expect(sheet?.rows[0]).toEqual([...FSA_SHEET_HEADER]);
    expect(sheet?.rows[1]?.[0]).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(sheet?.rows.slice(1).map((row) => row[1])).toEqual([96, 71, 1420, 5279, 3556]);
  });

  it('gives the upload the text a CSV of the same table would: months, figures as written', async () => {
    const [sheet] = await readWorkbook(workbook);
    if (!sheet) throw new Error('no sheet');
    const text = sheetTextRows(sheet).slice(1);
    expect(text).toEqual(
      published.map((row) => [
        row['month'],
        row['unauthorized_access'],
        row['fraudulent_trades'],
        row['sell_oku_yen'],
        row['buy_oku_yen'],
      ]),
    );
    expect(text.map((row) => row[0])).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
    ]);
    expect(text[0]?.slice(3)).toEqual(['0.8', '0.7']);
  });
});

describe('a sheet handed to the CSV path', () => {
  it('is the CSV Excel would save: rows padded to the widest, delimiters and quotes quoted', () => {
    const rows = [['a', 'b', 'c'], ['1,5', 'say "hi"'], [], ['x;y', 'line\nbreak', 'tab\there']];
    expect(textRowsCsv(rows)).toBe(
      'a,b,c\r\n"1,5","say ""hi""",\r\n,,\r\n"x;y","line\nbreak","tab\there"\r\n',
    );
  });

  it('is mapped as the CSV of the same table is: the FSA months to fsa_monthly', async () => {
    const workbook = writeXlsx([{ name: 'S', rows: fsaReleaseSheetRows('2025-06-05') }]);
    const [sheet] = await readWorkbook(workbook);
    if (!sheet) throw new Error('no sheet');
    const sniffed = sniff(strToU8(textRowsCsv(sheetTextRows(sheet))), { truncated: false });
    if ('problem' in sniffed) throw new Error(sniffed.problem.code);
    expect(sniffed.delimiter).toBe(',');
    expect(sniffed.suggestion.table).toBe('fsa_monthly');
    expect(sniffed.suggestion.columns.map((column) => column.target)).toEqual([
      'month',
      'unauthorized_access',
      'fraudulent_trades',
      'sell_oku_yen',
      'buy_oku_yen',
    ]);
    expect(sniffed.preview[3]).toEqual(['2025-04', '5279', '2910', '1540', '1346']);
  });
});

describe('cells', () => {
  it('reads a formula as the value Excel saved with it, never computing it', async () => {
    const workbook = writeXlsx([
      {
        name: 'S',
        rows: [
          [1, 2, { formula: 'SUM(A1:B1)', cached: 3 }],
          [
            { formula: 'A1*1000', cached: 5 },
            { formula: 'IF(A1>0,"yes","no")', cached: 'yes' },
          ],
          [{ formula: 'NOW()', cached: 45_000 }],
        ],
      },
    ]);
    const [sheet] = await readWorkbook(workbook);
    expect(sheet?.rows).toEqual([[1, 2, 3], [5, 'yes'], [45_000]]);
  });

  it('reads a date cell as a date, and its text as the ISO date', async () => {
    const workbook = writeXlsx([{ name: 'S', rows: [[{ date: '2025-04-18' }, 'released']] }]);
    const [sheet] = await readWorkbook(workbook);
    expect(sheet?.rows[0]?.[0]).toEqual(new Date(Date.UTC(2025, 3, 18)));
    expect(sheet && sheetTextRows(sheet)).toEqual([['2025-04-18', 'released']]);
  });

  it('writes numbers without floating-point noise, booleans and blanks as text', async () => {
    const workbook = writeXlsx([
      { name: 'S', rows: [[0.1 + 0.2, 1480.9999999999998, true, null, 'x']] },
    ]);
    const [sheet] = await readWorkbook(workbook);
    expect(sheet && sheetTextRows(sheet)).toEqual([['0.3', '1481', 'TRUE', '', 'x']]);
  });

  it('keeps text as written, leaves out furigana, and undoes Excel’s _xHHHH_ escapes', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [['a'], [{ inline: 'line_x000D_' }]] }]);
    edit(
      parts,
      'xl/sharedStrings.xml',
      /<si>.*<\/si>/,
      '<si><r><t>証券</t></r><r><t>会社 &amp; &lt;b&gt;</t></r><rPh sb="0" eb="2"><t>ショウケン</t></rPh></si>',
    );
    const [sheet] = await readWorkbook(zipParts(parts));
    expect(sheet?.rows).toEqual([['証券会社 & <b>'], ['line\r']]);
  });

  it('reads cells placed by reference, with empty rows and cells between them', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [] }]);
    edit(
      parts,
      'xl/worksheets/sheet1.xml',
      '<sheetData></sheetData>',
      '<x:sheetData><x:row r="2"><x:c r="C2"><x:v>7</x:v></x:c></x:row></x:sheetData>',
    );
    const [sheet] = await readWorkbook(zipParts(parts));
    expect(sheet?.rows).toEqual([[], [null, null, 7]]);
  });
});

describe('sheets', () => {
  const workbook = writeXlsx([
    { name: '説明', rows: [['この表は…']] },
    { name: '月次', rows: [['month'], [{ date: '2025-04-01', format: 'month' }]] },
  ]);

  it('lists the worksheets in tab order', async () => {
    expect(await listWorkbookSheets(workbook)).toEqual(['説明', '月次']);
  });

  it('reads only the sheets asked for', async () => {
    const sheets = await readWorkbook(workbook, {}, ['月次']);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['月次']);
    expect(sheets[0] && sheetTextRows(sheets[0])).toEqual([['month'], ['2025-04']]);
  });

  it('ignores links to other workbooks and reads the values saved from them', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [[{ formula: '[1]Sheet1!A1', cached: 42 }]] }]);
    edit(
      parts,
      'xl/_rels/workbook.xml.rels',
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
    );
    parts['xl/externalLinks/_rels/externalLink1.xml.rels'] =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/secret/other.xlsx" TargetMode="External"/></Relationships>';
    parts['xl/externalLinks/externalLink1.xml'] =
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>';
    const [sheet] = await readWorkbook(zipParts(parts));
    expect(sheet?.rows).toEqual([[42]]);
  });
});

describe('hostile and unreadable workbooks', () => {
  it('refuses a part that would unpack past the limit, from the directory, before inflating', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [[1]] }]);
    edit(parts, 'xl/worksheets/sheet1.xml', '<sheetData>', `${' '.repeat(12_000_000)}<sheetData>`);
    const bomb = zipParts(parts);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await problemOf(readWorkbook(bomb, { maxUncompressedBytes: 5_000_000 }))).toEqual({
      code: 'workbook-unpacks-too-large',
      limit: 5_000_000,
    });
  });

  it('stops unpacking a part that inflates past the size its directory declares (a zip bomb)', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [[1]] }]);
    edit(parts, 'xl/worksheets/sheet1.xml', '<sheetData>', `${' '.repeat(12_000_000)}<sheetData>`);
    const bomb = declareSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 2_000);
    expect(await problemOf(readWorkbook(bomb))).toEqual({
      code: 'workbook-size-lies',
      part: 'xl/worksheets/sheet1.xml',
    });
    const entry = zipDirectory(bomb).get('xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('no sheet entry');
    let handedOn = 0;
    const budget = { limit: 5_000_000, used: 0 };
    expect(() => inflateEntry(bomb, entry, budget, (chunk) => (handedOn += chunk.length))).toThrow(
      WorkbookError,
    );
    expect(handedOn).toBeLessThanOrEqual(2_000);
    expect(budget.used).toBeLessThanOrEqual(2_000);
  });

  it('refuses a file over the size limit, and a sheet with more cells than allowed', async () => {
    const rows = Array.from({ length: 5 }, (_, r) => [r, r, r, r, r]);
    const workbook = writeXlsx([{ name: 'Big', rows }]);
    expect(await problemOf(readWorkbook(workbook, { maxBytes: 100 }))).toEqual({
      code: 'workbook-too-large',
      bytes: workbook.length,
      limit: 100,
    });
    expect(await problemOf(readWorkbook(workbook, { maxCells: 24 }))).toEqual({
      code: 'workbook-too-many-cells',
      sheet: 'Big',
      limit: 24,
    });
    expect((await readWorkbook(workbook, { maxCells: 25 }))[0]?.rows).toEqual(rows);
  });

  it('counts the empty rows and cells a far reference would make', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [] }]);
    edit(
      parts,
      'xl/worksheets/sheet1.xml',
      '<sheetData></sheetData>',
      '<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
    );
    expect(await problemOf(readWorkbook(zipParts(parts), { maxCells: 1_000_000 }))).toEqual({
      code: 'workbook-too-many-cells',
      sheet: 'S',
      limit: 1_000_000,
    });
  });

  it('refuses XML with a document type (entity expansion)', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [['a']] }]);
    parts['xl/sharedStrings.xml'] =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>';
    expect(await problemOf(readWorkbook(zipParts(parts)))).toEqual({
      code: 'workbook-doctype',
      part: 'xl/sharedStrings.xml',
    });
  });

  it('says what an .xls, an .xlsb, a broken archive and a file of no sheets are', async () => {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(600).fill(0),
    ]);
    expect(await problemOf(readWorkbook(ole))).toEqual({ code: 'workbook-xls' });
    const xlsb = xlsxParts([{ name: 'S', rows: [] }]);
    edit(xlsb, '_rels/.rels', 'xl/workbook.xml', 'xl/workbook.bin');
    expect(await problemOf(readWorkbook(zipParts(xlsb)))).toEqual({ code: 'workbook-xlsb' });
    const workbook = writeXlsx([{ name: 'S', rows: [[1]] }]);
    expect(await problemOf(readWorkbook(workbook.subarray(0, workbook.length - 30)))).toEqual({
      code: 'workbook-damaged',
      part: '(zip directory)',
    });
    expect(await problemOf(readWorkbook(strToU8('id,name\n1,a\n')))).toEqual({
      code: 'workbook-damaged',
      part: '(not a zip archive)',
    });
    const chartsOnly = xlsxParts([{ name: 'S', rows: [] }]);
    edit(chartsOnly, 'xl/_rels/workbook.xml.rels', '/worksheet"', '/chartsheet"');
    expect(await problemOf(readWorkbook(zipParts(chartsOnly)))).toEqual({
      code: 'workbook-no-sheets',
    });
  });

  it('refuses a part whose deflate data is broken', async () => {
    const parts = xlsxParts([{ name: 'S', rows: [[1]] }]);
    const zip = zipParts(parts);
    const sheetXml = deflateSync(strToU8(parts['xl/worksheets/sheet1.xml'] ?? ''), { level: 6 });
    const at = zip.findIndex((_, i) =>
      sheetXml.slice(0, 16).every((byte, j) => zip[i + j] === byte),
    );
    expect(at).toBeGreaterThan(0);
    zip.fill(0xff, at + 4, at + 40);
    expect(await problemOf(readWorkbook(zip))).toMatchObject({ part: 'xl/worksheets/sheet1.xml' });
  });
});
