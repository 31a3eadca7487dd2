import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR } from '$lib/db/node-dataset';
import { addRelease } from '../../scripts/add-release/add-release';
import { copyOfData, folderBytes, takeOutRelease } from '../support/data-copy';

const fixture = (name: string) => path.join(import.meta.dirname, '../fixtures/releases', name);

let data: ReturnType<typeof copyOfData>;
beforeEach(() => {
  data = copyOfData();
});
afterEach(() => data.remove());

function withoutRelease(releaseId: string) {
  takeOutRelease(data.dir, 'fsa_monthly.csv', releaseId);
  takeOutRelease(data.dir, 'fsa_releases.csv', releaseId);
  const taken = folderBytes(data.dir);
  expect(taken['fsa_releases.csv']?.toString()).not.toContain(`\n${releaseId},`);
  return taken;
}

const HIROSHIMA = 'https://www.city.hiroshima.lg.jp/living/shouhi/1025695/1025698/1039798.html';

/** The notes this project keeps for 2025-04-18, which the FSA's table does not carry. */
const NOTES_2025_04_18 = [
  '--note',
  'First table with figures (the FSA warning page itself dates from 2025-04-03). Six firms named by Nikkei/NQN: SBI, Rakuten, Nomura, SMBC Nikko, Monex, Matsui. April column covers 1-16 April only.',
  '--month-note',
  '2025-02=Hiroshima City verbatim copy of FSA table (約1億円/約0.3億円); also NQN/Jiji/Kyodo.',
  '--month-note',
  "2025-04=Partial month: table column '2025年4月(16日現在)'. 3-month totals: access 3,312; trades 1,454; sell 約506; buy 約448.",
];

const ROCKET_BOYS =
  'https://rocket-boys.co.jp/security-measures-lab/securities-account-hacks-reach-500-billion-yen/';

/** This project's notes for 2025-06-05, and the pages its months were read from. */
const NOTES_2025_06_05 = [
  '--note',
  '16 firms per FSA, plus IG Securities mentioned separately (Jiji). Totals also in ntt.com/bizon/hack-account.html and Jiji.',
  ...['2025-01', '2025-02', '2025-03', '2025-05'].flatMap((month) => [
    '--month-source',
    `${month}=${ROCKET_BOYS}`,
  ]),
  '--month-note',
  "2025-01=adds sell/buy. Rocket Boys security blog reproduces the FSA 06-05 table: '1月 | 96件 | 39件 | 約0.8億円 | 約0.7億円'. Firms=2 from ntt.com/bizon/hack-account.html; combined 1.5 kept (published by watch.impress.co.jp/docs/news/2020317). Column sums of this table reproduce the FSA Jan-May totals (sell 2,771.8~2,772; buy 2,468.3~2,468).",
  '--month-note',
  "2025-02=adds sell/buy. Quote: '2月 | 71件 | 33件 | 約1.0億円 | 約0.6億円'. Firms=2 from ntt.com/bizon/hack-account.html.",
  '--month-note',
  "2025-03=adds sell/buy. Quote: '3月 | 1,420件 | 687件 | 約129億円 | 約128億円'. Firms=5 from ntt.com/bizon/hack-account.html.",
  '--month-note',
  "2025-04=Firms=9 from watch.impress.co.jp/docs/news/2020317 ('4月の9件から、5月は16件'); same figures in NTT article.",
  '--month-note',
  "2025-05=sell/buy now published (previously only derived). Quote: '5月 | 3,556件 | 2,289件 | 約1,101億円 | 約993億円'; same table: '累計 | 10,422件 | 5,958件 | 約2,772億円 | 約2,468億円'. 1,101+993=2,094 = Jiji's May 売買金額 約2,094億円 (risktaisaku.com/articles/-/103176). Firms=16 from ntt.com/watch.impress.",
];

// Each run starts DuckDB (the build's data check), which takes seconds on a busy machine.
describe(
  'a release taken out of data/ and added back from its table as published',
  { timeout: 120_000 },
  () => {
    it('2025-04-18 (wide, Shift_JIS, 2025年4月(16日現在)) comes back byte for byte', async () => {
      withoutRelease('2025-04-18');
      const result = await addRelease([
        fixture('fsa-table-2025-04-18.sjis.csv'),
        ...['--release', '2025-04-18', '--source', HIROSHIMA, '--confidence', 'high'],
        ...NOTES_2025_04_18,
        ...['--data', data.dir],
      ]);
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(folderBytes(data.dir)).toEqual(folderBytes(DATA_DIR));
      const output = result.output.join('\n');
      expect(output).toContain('(Shift_JIS, comma-separated)');
      expect(output).toMatch(/2025-04 {2}2025-04-01 {4}2025-04-16/);
      expect(output).toContain('Months it adds: 2025-02, 2025-03, 2025-04');
      expect(output).toContain(
        'buy_oku_yen: stated 448, the months sum to 448.3: matches within rounding',
      );
    });

    it('2025-05-08 (months down, Excel "Unicode Text": UTF-16, tabs, notes in 備考) comes back byte for byte, revising April', async () => {
      withoutRelease('2025-05-08');
      const result = await addRelease([
        fixture('fsa-table-2025-05-08.utf16.txt'),
        ...['--release', '2025-05-08', '--confidence', 'high'],
        ...['--source', 'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html'],
        ...['--note', 'FSA page snapshot headed 令和7年5月8日更新. Nine firms named by Jiji.'],
        ...['--data', data.dir],
      ]);
      expect(result.errors).toEqual([]);
      expect(folderBytes(data.dir)).toEqual(folderBytes(DATA_DIR));
      const output = result.output.join('\n');
      expect(output).toContain('(UTF-16 (little-endian), tab-separated)');
      expect(output).toContain(
        '2025-04 fraudulent_trades: 736 → 2,746 (+2,010), was from 2025-04-18',
      );
      expect(output).toContain('2025-03 fraudulent_trades: 685 → 687 (+2), was from 2025-04-18');
      expect(output).toContain(
        'Period of 2025-04: now 2025-04-01 to 2025-04-30 (2025-04-18 covered 2025-04-01 to 2025-04-16)',
      );
      expect(output).toContain('Months it adds: 2025-01');
    });

    it('2025-06-05 (an .xlsx: title, months as Excel dates, 合計, footnotes) comes back byte for byte', async () => {
      withoutRelease('2025-06-05');
      const result = await addRelease([
        fixture('fsa-table-2025-06-05.xlsx'),
        ...['--release', '2025-06-05', '--confidence', 'medium'],
        ...['--source', 'https://pc.watch.impress.co.jp/docs/news/2020456.html'],
        ...NOTES_2025_06_05,
        ...['--data', data.dir],
      ]);
      expect(result.errors).toEqual([]);
      expect(folderBytes(data.dir)).toEqual(folderBytes(DATA_DIR));
      const output = result.output.join('\n');
      expect(output).toContain('(.xlsx, sheet "発生状況")');
      expect(output).toContain(
        '2025-04 fraudulent_trades: 2,746 → 2,910 (+164), was from 2025-05-08',
      );
      expect(output).toContain('2025-01 sell_buy_oku_yen: 1.5');
      expect(output).toContain('Months it adds: 2025-05');
      expect(output).toContain(
        'sell_buy_oku_yen: stated 5,240, the months sum to 5,240.1: matches within rounding (±4)',
      );
    });

    it('--dry-run prints the same and writes nothing', async () => {
      const before = withoutRelease('2025-04-18');
      const result = await addRelease([
        fixture('fsa-table-2025-04-18.sjis.csv'),
        ...['--release', '2025-04-18', '--source', HIROSHIMA, '--confidence', 'high'],
        ...['--data', data.dir, '--dry-run'],
      ]);
      expect(result.exitCode).toBe(0);
      expect(result.output.at(-1)).toMatch(
        /^Dry run: nothing written\. Would write .*fsa_releases\.csv \(line 2\)/,
      );
      expect(result.output.join('\n')).toContain(
        'fraudulent_trades: stated 1,454, the months sum to 1,454: matches',
      );
      expect(folderBytes(data.dir)).toEqual(before);
    });
  },
);

describe('the table as the FSA published it', () => {
  it('is Shift_JIS with CRLF, and its months and 合計 carry the figures of data/', () => {
    const bytes = readFileSync(fixture('fsa-table-2025-04-18.sjis.csv'));
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(',2025年2月,2025年3月,2025年4月(16日現在),合計');
    expect(text).toContain('不正取引件数,33,685,736,"1,454"');
  });
});
