import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '$lib/ingest/issue';
import { validateTable } from '$lib/ingest/validate-table';
import { fsaMonthly, stocks, TABLES } from '$lib/schema';

const HEADER =
  'release_id,month,period_start,period_end,firms_with_fraud,unauthorized_access,fraudulent_trades,sell_oku_yen,buy_oku_yen,sell_buy_oku_yen,confidence,source_url,note';
const GOOD_ROW =
  '2025-04-18,2025-02,2025-02-01,2025-02-28,2,43,33,1,0.3,,high,https://example.org/a,';
const csv = (...lines: string[]) => lines.join('\n') + '\n';
const check = (text: string) => validateTable('test.csv', fsaMonthly, text);

describe('validateTable', () => {
  it('accepts every built-in data file as it is', () => {
    for (const table of TABLES) {
      const text = readFileSync(path.resolve('data', table.file), 'utf8');
      expect(validateTable(table.file, table, text), table.file).toEqual([]);
    }
  });

  it('accepts empty cells in optional columns: not published, never 0', () => {
    expect(check(csv(HEADER, GOOD_ROW))).toEqual([]);
  });

  it('names a missing column', () => {
    const header = HEADER.replace(',fraudulent_trades', '');
    const row = GOOD_ROW.replace(',33,', ',');
    expect(check(csv(header, row))).toEqual([
      {
        file: 'test.csv',
        line: 1,
        column: 'fraudulent_trades',
        value: null,
        rule: 'missing column: table fsa_monthly needs it',
      },
    ]);
  });

  it('refuses a column the schema does not declare', () => {
    const issues = check(csv(`${HEADER},extra`, `${GOOD_ROW},x`));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      line: 1,
      column: 'extra',
      rule: expect.stringMatching(/unexpected column/),
    });
  });

  it('refuses a non-numeric count, with file, line, column, value and rule', () => {
    const issues = check(csv(HEADER, GOOD_ROW, GOOD_ROW.replace(',33,', ',1万,')));
    expect(issues).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'fraudulent_trades',
        value: '1万',
        rule: 'must be a whole number of 0 or more, digits only (no separators, signs or spaces)',
      },
    ]);
    const [issue] = issues;
    if (!issue) throw new Error('expected an issue');
    expect(describeIssue(issue)).toBe(
      'test.csv, line 3, column "fraudulent_trades", value "1万": must be a whole number of 0 or more, digits only (no separators, signs or spaces)',
    );
  });

  it('does not coerce thousands separators, spaces or signs', () => {
    for (const bad of ['"1,481"', ' 33', '-5', '33.0']) {
      const issues = check(csv(HEADER, GOOD_ROW.replace(',33,', `,${bad},`)));
      expect(
        issues.map((issue) => issue.column),
        bad,
      ).toEqual(['fraudulent_trades']);
    }
  });

  it('refuses a bad date and an impossible calendar date', () => {
    expect(check(csv(HEADER, GOOD_ROW.replace('2025-02-28', '2025/02/28')))[0]).toMatchObject({
      column: 'period_end',
      value: '2025/02/28',
      rule: 'must be a calendar date written YYYY-MM-DD',
    });
    expect(check(csv(HEADER, GOOD_ROW.replace('2025-02-28', '2025-02-30')))[0]).toMatchObject({
      column: 'period_end',
      value: '2025-02-30',
    });
  });

  it('refuses an empty file', () => {
    expect(check('')).toEqual([
      {
        file: 'test.csv',
        line: 1,
        column: null,
        value: null,
        rule: 'the file is empty: a header row is required',
      },
    ]);
    expect(check('\uFEFF\n  \n')).toHaveLength(1);
  });

  it('refuses an empty required cell and an unknown confidence level', () => {
    const issues = check(
      csv(HEADER, GOOD_ROW.replace('2025-04-18,', ',').replace(',high,', ',certain,')),
    );
    expect(issues.map((issue) => [issue.column, issue.rule])).toEqual([
      ['release_id', 'is required and may not be empty'],
      ['confidence', 'must be one of: high, medium, low'],
    ]);
  });

  it('refuses a row with too few or too many fields', () => {
    const issues = check(csv(HEADER, '2025-04-18,2025-02'));
    expect(issues).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: null,
        value: null,
        rule: 'row has 2 fields but the header has 13',
      },
    ]);
  });

  it('counts lines inside quoted cells, so the line points at the right row', () => {
    const multiLine = GOOD_ROW.replace(/,$/, ',"first line\nsecond line"');
    const bad = GOOD_ROW.replace(',43,', ',x,');
    expect(check(csv(HEADER, multiLine, bad))[0]).toMatchObject({
      line: 4,
      column: 'unauthorized_access',
    });
  });

  it('reports an unterminated quote as a CSV syntax error', () => {
    const issues = check(csv(HEADER, GOOD_ROW.replace(/,$/, ',"never closed')));
    expect(issues.some((issue) => issue.rule.startsWith('CSV syntax'))).toBe(true);
  });

  it('refuses a web address that is not http(s)', () => {
    const text = readFileSync(path.resolve('data', stocks.file), 'utf8').replace(
      'https://toyokeizai.net/articles/-/868735',
      'javascript:alert(1)',
    );
    const issues = validateTable(stocks.file, stocks, text);
    expect(issues[0]).toMatchObject({ column: 'source_url', value: 'javascript:alert(1)' });
  });
});

describe('table rules', () => {
  it('refuses two rows with the same key', () => {
    const issues = check(csv(HEADER, GOOD_ROW, GOOD_ROW.replace(',33,', ',34,')));
    expect(issues).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'release_id, month',
        value: '2025-04-18, 2025-02',
        rule: 'duplicate row: line 2 has the same release_id and month',
      },
    ]);
  });

  it('reads commas only, so a semicolon file fails on its header instead of being guessed', () => {
    const issues = check(csv(HEADER.replaceAll(',', ';'), GOOD_ROW.replaceAll(',', ';')));
    expect(issues.some((issue) => issue.rule.startsWith('missing column'))).toBe(true);
  });
});
