import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node';
import { errorWords } from '$lib/i18n/en-errors';
import { engineErrorText, recogniseError, type RecognisedError } from '$lib/i18n/engine-error';
import { jaErrorWords } from '$lib/i18n/ja-errors';
import { errorMessage } from '$lib/error-message';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await db.query('CREATE TABLE brokers (broker_en VARCHAR, first_reported DATE)');
}, 120_000);
afterAll(async () => {
  await db.close();
});

/** What real DuckDB says to `sql`, as the page shows it. */
async function said(sql: string): Promise<string> {
  try {
    await db.query(sql);
  } catch (error) {
    return engineErrorText(errorMessage(error));
  }
  throw new Error(`${sql} ran`);
}

describe('DuckDB’s errors, recognised and explained', () => {
  it('reads a syntax error with the line and column it points at', async () => {
    const text = await said('SELECT *\nFROM brokers WHERE WHERE');
    expect(text).toMatch(/^Parser Error: syntax error at or near "WHERE"/);
    const recognised = recogniseError(text);
    expect(recognised).toEqual({ code: 'syntax', near: 'WHERE', at: { line: 2, column: 20 } });
    expect(
      jaErrorWords.explain.syntax(recognised as Extract<RecognisedError, { code: 'syntax' }>),
    ).toBe(
      '2行目20文字目の「WHERE」付近でSQLを読み取れませんでした。その箇所の綴りや記号を確認してください。',
    );
    expect(
      errorWords.explain.syntax(recognised as Extract<RecognisedError, { code: 'syntax' }>),
    ).toContain('near “WHERE” on line 2, column 20');
  });

  it('names a missing table, a missing column and a failed conversion', async () => {
    expect(recogniseError(await said('SELECT * FROM no_such_table'))).toMatchObject({
      code: 'missing-table',
      name: 'no_such_table',
      at: { line: 1, column: 15 },
    });
    expect(recogniseError(await said('SELECT no_such_column FROM brokers'))).toMatchObject({
      code: 'missing-column',
      name: 'no_such_column',
    });
    expect(recogniseError(await said("SELECT 'abc'::INTEGER"))).toEqual({
      code: 'conversion',
      value: 'abc',
      type: 'INT32',
    });
  });

  it('leaves an error it does not know unexplained, and text that is not JSON as it is', () => {
    expect(recogniseError('the DuckDB wasm file answered HTTP 404 (/x.wasm)')).toBeNull();
    expect(engineErrorText('plain words')).toBe('plain words');
    expect(engineErrorText('{"exception_type":"IO","exception_message":"no file"}')).toBe(
      'IO Error: no file',
    );
  });
});
