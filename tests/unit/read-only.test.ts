import { describe, expect, it } from 'vitest';
import { errorWords } from '$lib/i18n/en-errors';
import { jaErrorWords } from '$lib/i18n/ja-errors';
import { readOnlyProblem } from '$lib/sql/read-only';

describe('readOnlyProblem', () => {
  it('lets one reading statement through', () => {
    for (const sql of [
      'SELECT 1',
      '  -- a comment\n select * from brokers;',
      'WITH a AS (SELECT 1) SELECT * FROM a',
      'FROM brokers LIMIT 1',
      "SELECT ';' AS semicolon, 'it''s' AS quote",
      '(SELECT 1) UNION (SELECT 2)',
      'DESCRIBE brokers',
    ]) {
      expect(readOnlyProblem(sql), sql).toBeNull();
    }
  });

  it('refuses anything that writes, drops, attaches or changes settings', () => {
    for (const sql of [
      'UPDATE fsa_monthly SET fraudulent_trades = 0',
      'DROP VIEW fsa_monthly_latest',
      'CREATE OR REPLACE TABLE brokers AS SELECT 1',
      "COPY brokers TO 'x.csv'",
      "ATTACH 'x.db'",
      'INSTALL httpfs',
      'SET threads = 1',
      'PRAGMA version',
      'EXPLAIN ANALYZE DELETE FROM brokers',
      '/* SELECT */ DELETE FROM brokers',
    ]) {
      expect(readOnlyProblem(sql), sql).toMatchObject({ code: 'writes' });
    }
  });

  it('tells a mistyped keyword from a write, and names the reading one it is closest to', () => {
    // "SELEC" was refused as though it wrote to the data.
    expect(readOnlyProblem('SELEC * FROM brokers')).toEqual({
      code: 'unknown',
      keyword: 'SELEC',
      meant: 'SELECT',
    });
    expect(readOnlyProblem('form brokers')).toEqual({
      code: 'unknown',
      keyword: 'FORM',
      meant: 'FROM',
    });
    expect(readOnlyProblem('xyzzy')).toEqual({ code: 'unknown', keyword: 'XYZZY', meant: null });
    expect(
      errorWords.readOnly.unknown({ code: 'unknown', keyword: 'SELEC', meant: 'SELECT' }),
    ).toBe(
      'No statement starts with SELEC: did you mean SELECT? A query here starts with SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SUMMARIZE or SHOW.',
    );
    expect(
      jaErrorWords.readOnly.unknown({ code: 'unknown', keyword: 'SELEC', meant: 'SELECT' }),
    ).toBe(
      'SELECで始まる文はありません。SELECTのことでしょうか。クエリはSELECT、WITH、FROM、VALUES、TABLE、DESCRIBE、SUMMARIZE、SHOWのいずれかで始めてください。',
    );
  });

  it('refuses a second statement hidden after a reading one', () => {
    expect(readOnlyProblem('SELECT 1; DROP TABLE brokers')).toEqual({ code: 'several-statements' });
    expect(readOnlyProblem('SELECT 1; -- done')).toBeNull();
    expect(readOnlyProblem('  ')).toEqual({ code: 'no-statement' });
  });
});
