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

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[index * 2] = code & 0xff;
    bytes[index * 2 + 1] = code >> 8;
  }
  return bytes;
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
