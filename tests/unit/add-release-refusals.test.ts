import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addRelease } from '../../scripts/add-release/add-release';
import { copyOfData, folderBytes, takeOutRelease } from '../support/data-copy';

const fixtures = path.join(import.meta.dirname, '../fixtures');
const TABLE = path.join(fixtures, 'releases/fsa-table-2025-04-18.sjis.csv');
const PROVENANCE = ['--source', 'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html'];

let data: ReturnType<typeof copyOfData>;
beforeEach(() => {
  data = copyOfData();
});
afterEach(() => data.remove());

/** Runs the command on the copy of data/, and checks that it refused and left the copy as it was. */
async function refused(file: string, release: string, ...more: string[]) {
  const before = folderBytes(data.dir);
  const result = await addRelease([
    file,
    ...['--release', release, '--confidence', 'high', ...PROVENANCE, '--data', data.dir],
    ...more,
  ]);
  expect(result.exitCode).toBe(1);
  expect(folderBytes(data.dir)).toEqual(before);
  const [message = ''] = result.errors;
  expect(message).toMatch(/^Refused; nothing was written\./);
  return message;
}

describe('add-release refuses, and leaves data/ byte for byte as it was', () => {
  it('a release id that exists', async () => {
    expect(await refused(TABLE, '2025-04-18')).toContain(
      `release 2025-04-18 is already in ${data.dir}`,
    );
  });

  it('the same with --dry-run', async () => {
    expect(await refused(TABLE, '2025-04-18', '--dry-run')).toContain('is already in');
  });

  it('a file that is not there, a binary file, and a file with no FSA table', async () => {
    expect(await refused(path.join(fixtures, 'releases/none.csv'), '2026-02-10')).toContain(
      'none.csv: no such file',
    );
    expect(await refused(path.join(fixtures, 'uploads/binary.bin'), '2026-02-10')).toContain(
      'binary.bin: this looks like a binary file',
    );
    expect(await refused(path.join(fixtures, 'uploads/free-table.csv'), '2026-02-10')).toContain(
      'free-table.csv: no FSA table found',
    );
  });

  it('a workbook sheet that is not there, naming the sheets there are', async () => {
    const workbook = path.join(fixtures, 'releases/fsa-table-2025-06-05.xlsx');
    expect(await refused(workbook, '2026-02-10', '--sheet', 'Sheet1')).toContain(
      'fsa-table-2025-06-05.xlsx: the workbook has no sheet "Sheet1" (its sheets: 発生状況)',
    );
  });

  it('bad cells, naming the line, column, value and rule of each', async () => {
    takeOutRelease(data.dir, 'fsa_monthly.csv', '2025-04-18');
    takeOutRelease(data.dir, 'fsa_releases.csv', '2025-04-18');
    const message = await refused(
      path.join(fixtures, 'releases/bad-cells-2025-04-18.sjis.csv'),
      '2025-04-18',
    );
    expect(message.split('\n').slice(2)).toEqual([
      expect.stringMatching(
        /bad-cells-2025-04-18\.sjis\.csv, line 3, column "4 \(2025年4月\(16日現在\), 不正アクセス件数\)", value "1,8470": has a comma that does not split the digits into groups of three/,
      ),
      expect.stringMatching(
        /line 5, column "2 \(2025年2月, 売却金額\)", value "▲1億円": read as -1, which sell_oku_yen refuses: it must be a number of 0 or more/,
      ),
    ]);
  });

  it('notes for months the table does not have', async () => {
    takeOutRelease(data.dir, 'fsa_monthly.csv', '2025-04-18');
    takeOutRelease(data.dir, 'fsa_releases.csv', '2025-04-18');
    expect(await refused(TABLE, '2025-04-18', '--month-note', '2025-05=later')).toContain(
      'name months the table does not have: 2025-05',
    );
  });
});

describe('the command line', { timeout: 120_000 }, () => {
  it('exits 1 on a refusal and 2 on a misuse, naming what is wrong', () => {
    const run = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/add-release/cli.ts', ...args], {
        encoding: 'utf8',
      });
    const existing = run(
      TABLE,
      '--release',
      '2025-04-18',
      '--confidence',
      'high',
      ...PROVENANCE,
      '--data',
      data.dir,
    );
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('release 2025-04-18 is already in');
    const misused = run(TABLE, '--release', '2025-4-18', '--confidence', 'high', ...PROVENANCE);
    expect(misused.status).toBe(2);
    expect(misused.stderr).toContain(
      '--release "2025-4-18" must be a release date written YYYY-MM-DD',
    );
  });
});
