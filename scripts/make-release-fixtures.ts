/**
 * Writes the FSA's tables as published to tests/fixtures/releases/, for `npm run add-release`.
 * Run: npx tsx scripts/make-release-fixtures.ts. The figures are the FSA's; see that folder's README.
 */
import Encoding from 'encoding-japanese';
import { writeFileSync } from 'node:fs';

const folder = new URL('../tests/fixtures/releases/', import.meta.url);

/** As Excel saves "CSV (comma delimited)" on Japanese Windows: Shift_JIS, CRLF. */
const excelCsv = (...rows: string[]) =>
  Uint8Array.from(
    Encoding.convert(Encoding.stringToCode(rows.join('\r\n') + '\r\n'), {
      to: 'SJIS',
      from: 'UNICODE',
    }),
  );

/** The first table with figures (金融庁, 2025-04-18), as the Hiroshima City copy prints it. */
const RELEASE_2025_04_18 = excelCsv(
  ',2025年2月,2025年3月,2025年4月(16日現在),合計',
  '不正取引が発生した証券会社数(社),2,4,6,6',
  '不正アクセス件数,43,"1,422","1,847","3,312"',
  '不正取引件数,33,685,736,"1,454"',
  '売却金額,約1億円,約131億円,約374億円,約506億円',
  '買付金額,約0.3億円,約128億円,約320億円,約448億円',
);

writeFileSync(new URL('fsa-table-2025-04-18.sjis.csv', folder), RELEASE_2025_04_18);
