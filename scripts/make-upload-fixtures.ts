/**
 * Writes the upload test files to tests/fixtures/uploads/. Run: npx tsx scripts/make-upload-fixtures.ts
 * Every figure, firm and stock in them except the FSA table is made up; see that folder's README.
 */
import Encoding from 'encoding-japanese';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../tests/fixtures/uploads/', import.meta.url));
const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const shiftJis = (text: string) =>
  Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const withMark = (mark: readonly number[], body: Uint8Array) => Uint8Array.from([...mark, ...body]);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[index * 2 + (order === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (order === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}
const utf16le = (text: string) => utf16(text, 'le');

/** Windows-1252 (Latin-1 for these characters): one byte per character. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`${char} is not Latin-1`);
      return code;
    }),
  );
}

/** Deterministic bytes (a linear congruential generator), one in eight of them NUL. */
function pseudoRandomBytes(count: number): Uint8Array {
  let state = 20250418;
  return Uint8Array.from({ length: count }, (_, index) => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return index % 8 === 0 ? 0 : state >>> 24;
  });
}

const FSA_TABLE = lines(
  ',2025年2月,2025年3月,2025年4月(16日現在),合計',
  '不正アクセス件数,43件,"1,422件","1,847件","3,312件"',
  '不正取引件数,33件,685件,736件,"1,454件"',
  '売却金額,約1億円,約131億円,約374億円,約506億円',
  '買付金額,約0.3億円,約128億円,約320億円,約448億円',
);

/**
 * The FSA's table of 2025-06-05 (data/fsa_monthly.csv) as a journalist gets it from Excel: a title,
 * a blank row, the header, a units row, the months, a 合計 row and ※ footnotes, with the
 * trailing comma Excel leaves where a wider row above had a cell. Saved as "CSV (comma delimited)"
 * by Japanese Excel: Shift_JIS, CRLF.
 */
const FSA_EXCEL_EXPORT = lines(
  'インターネット取引サービスへの不正アクセス・不正取引の発生状況（2025年6月5日公表）,,,,,',
  ',,,,,',
  '発生時期,不正アクセス件数,不正取引件数,売却金額,買付金額,',
  ',（件）,（件）,（億円）,（億円）,',
  '2025年1月,96,39,約0.8,約0.7,',
  '2025年2月,71,33,約1.0,約0.6,',
  '2025年3月,"1,420",687,約129,約128,',
  '2025年4月,"5,279","2,910","約1,540","約1,346",',
  '2025年5月,"3,556","2,289","約1,101",約993,',
  '合計,"10,422","5,958","約2,772","約2,468",',
  ',,,,,',
  '※ 件数・金額は証券会社からの報告に基づく暫定値であり、今後変わりうる。,,,,,',
  '※ 売却金額・買付金額は不正取引による売買の総額であり、顧客の損失額ではない。,,,,,',
);

/** The same months as Excel's "Unicode Text" saves them: UTF-16LE with its mark, tab-separated. */
const FSA_UNICODE_TEXT =
  [
    '月\t不正アクセス件数\t不正取引件数',
    '2025年1月\t96\t39',
    '2025年2月\t71\t33',
    '2025年3月\t1,420\t687',
  ].join('\r\n') + '\r\n';

const LATIN1_TABLE = lines(
  'région,année,plaintes,remarque',
  'Zürich,2024,120,Süd',
  'São Paulo,2024,85,«très élevé»',
  'Malmö,2025,340,naïve café',
);

const TRAILING_COMMA = lines(
  'id,name,lat,lon,',
  '1,Example Tower,35.6586,139.7454',
  '2,Sample Bridge,34.6937,135.5023,',
  '3,Placeholder Hall,43.0621,141.3544',
);

const BROKER_CASES = lines(
  '発生日,証券会社,銘柄,銘柄コード,売却金額（円）,買付金額（円）',
  '2025/4/16,さくら例示証券,例示電機,9991,"1,200,000",0',
  '令和7年4月17日,みどり見本証券,見本化学,9992,9000万,"850,000"',
  '2025/4/18,さくら例示証券,架空食品,9993,,"3,400,000"',
  '令和7年4月21日,あおば仮名証券,例示電機,9991,"560,000",',
);

const INCIDENT_ROWS = Array.from({ length: 20 }, (_, index) => {
  const day = String(index + 1).padStart(2, '0');
  const broker = ['Example Securities', 'Sample Securities', 'Placeholder Securities'][index % 3];
  const stock = ['Example Electric', 'Sample Chemical', 'Fictional Foods'][index % 3];
  const ticker = ['9991', '9992', '9993'][index % 3];
  return `2025-04-${day},${broker},${stock},${ticker},${(index + 1) * 150000},${(index + 1) * 90000}`;
});
INCIDENT_ROWS[6] = '2025-04-31,Sample Securities,Sample Chemical,9992,1050000,630000';
INCIDENT_ROWS[13] = '2025-04-14,Sample Securities,Sample Chemical,9992,about two million,1260000';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

const FIXTURES: Record<string, Uint8Array> = {
  'fsa-table-2025-04-18.csv': utf8(FSA_TABLE),
  'fsa-table-2025-04-18.sjis.csv': shiftJis(FSA_TABLE),
  'broker-cases.sjis.csv': shiftJis(BROKER_CASES),
  'incidents-small.csv': withMark(
    [0xef, 0xbb, 0xbf],
    utf8(lines('date,broker,stock,ticker,sell_yen,buy_yen', ...INCIDENT_ROWS)),
  ),
  'pasted-table.tsv': utf8(
    [
      '月\t不正アクセス件数\t不正取引件数\t備考',
      '2025年2月\t43\t33\t',
      '2025年3月\t1,422\t685\t',
      '2025年4月\t1,847\t736\t1-16 April, so far',
    ].join('\n') + '\n',
  ),
  'semicolon.csv': utf8(
    lines('region;year;amount', 'Nord;2024;1,5', 'Süd;2025;"2;5"', 'West;2025;0,75'),
  ),
  'no-header.csv': utf8(
    lines(
      '2025-04-16,Example Securities,Example Electric,9991,1200000,0',
      '2025-04-17,Sample Securities,Sample Chemical,9992,900000,850000',
      '2025-04-18,Example Securities,Fictional Foods,9993,0,3400000',
    ),
  ),
  'duplicate-headers.csv': utf8(
    lines('date,amount,Amount,,amount,note', '2025-04-16,1,2,3,4,first', '2025-04-17,5,6,7,8,'),
  ),
  'header-only.csv': utf8(lines('date,broker,stock,ticker,sell_yen,buy_yen')),
  'empty.csv': new Uint8Array(0),
  'blank-lines.csv': utf8('\r\n\n   \n\t\n'),
  'utf16.csv': withMark([0xff, 0xfe], utf16le(lines('date\tbroker', '2025-04-16\tExample'))),
  'fsa-excel-export-2025-06-05.sjis.csv': shiftJis(FSA_EXCEL_EXPORT),
  'unicode-text.utf16le.txt': withMark([0xff, 0xfe], utf16le(FSA_UNICODE_TEXT)),
  'unicode-text.utf16be.txt': withMark([0xfe, 0xff], utf16(FSA_UNICODE_TEXT, 'be')),
  'no-mark.utf16le.txt': utf16le(FSA_UNICODE_TEXT),
  'no-mark.utf16be.txt': utf16(FSA_UNICODE_TEXT, 'be'),
  'latin1.csv': latin1(LATIN1_TABLE),
  'trailing-comma.csv': utf8(TRAILING_COMMA),
  // A carriage return alone inside line 3's second cell, as old Mac files end their lines.
  'carriage-return.csv': utf8('region,year,complaints\r\nKanto,2024,120\r\nKan\rsai,2024,85\r\n'),
  'binary.bin': Uint8Array.from([...PNG_SIGNATURE, ...pseudoRandomBytes(300)]),
  'ragged.csv': utf8(
    lines(
      'date,broker,amount,note',
      '2025-04-16,Example',
      '2025-04-17,Sample,5,x,extra',
      '2025-04-18,Example,7,',
    ),
  ),
  'unterminated-quote.csv': utf8(
    lines('name,comment', 'A,"this quote is never closed', 'B,fine', 'C,also fine'),
  ),
  'html-cells.csv': utf8(
    lines(
      'name,comment,amount',
      'img,<img src=x onerror=alert(1)>,1',
      'script,<script>alert(1)</script>,2',
      'formula,"=HYPERLINK(""http://x"")",3',
      'plus,+1,4',
      'at,@SUM(A1),5',
    ),
  ),
  'free-table.csv': utf8(
    lines('region,year,complaints', 'Kanto,2024,120', 'Kansai,2024,85', 'Kanto,2025,340'),
  ),
};

mkdirSync(folder, { recursive: true });
for (const [name, bytes] of Object.entries(FIXTURES)) writeFileSync(folder + name, bytes);
console.log(`wrote ${Object.keys(FIXTURES).length} files to ${folder}`);
