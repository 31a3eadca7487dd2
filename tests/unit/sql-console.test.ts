import { describe, expect, it, vi } from 'vitest';
import type { Db, RunningQuery, TypedResult } from '$lib/db/db';
import { cellText, isNumericType, plainRow } from '$lib/sql/cell-text';
import { insertAtSelection } from '$lib/sql/insert-text';
import { SqlRun } from '$lib/sql/sql-run.svelte';

describe('result cells', () => {
  it('keeps NULL apart from 0 and the empty string', () => {
    expect(cellText(null)).toBeNull();
    expect(cellText(undefined)).toBeNull();
    expect(cellText(0)).toBe('0');
    expect(cellText('')).toBe('');
    expect(cellText(false)).toBe('false');
  });

  it('writes timestamps, structs and big integers as text', () => {
    expect(cellText(new Date(Date.UTC(2025, 3, 16, 9, 30)))).toBe('2025-04-16T09:30:00.000Z');
    expect(cellText({ a: 1, b: [2, 3] })).toBe('{"a":1,"b":[2,3]}');
    expect(cellText(12345678901234567890n)).toBe('12345678901234567890');
    expect(plainRow({ month: '2025-04', trades: 2987, firms: null })).toEqual({
      month: '2025-04',
      trades: 2987,
      firms: null,
    });
  });

  it('aligns Arrow number types right, and nothing else', () => {
    expect(['Int32', 'Uint8', 'Float64', 'Decimal[18e3]'].map(isNumericType)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Utf8', 'Date32<DAY>', 'Bool', 'Interval<DAY_TIME>'].map(isNumericType)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('inserting a name at the cursor', () => {
  it('replaces the selection and puts the caret after the name', () => {
    expect(insertAtSelection('SELECT * FROM ', 14, 14, 'brokers')).toEqual({
      text: 'SELECT * FROM brokers',
      caret: 21,
    });
    expect(insertAtSelection('SELECT x FROM t', 7, 8, 'month')).toEqual({
      text: 'SELECT month FROM t',
      caret: 12,
    });
  });
});

function controlledDb() {
  const calls: { sql: string; resolve: (result: TypedResult) => void; cancel: () => void }[] = [];
  const db = {
    run(sql: string): RunningQuery {
      let resolve!: (result: TypedResult) => void;
      let reject!: (error: Error) => void;
      const result = new Promise<TypedResult>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      const cancel = vi.fn(async () => reject(new Error('INTERRUPT')));
      calls.push({ sql, resolve, cancel });
      return { result, cancel };
    },
  } as unknown as Db;
  return { db, calls };
}

const oneRow: TypedResult = { columns: [{ name: 'n', type: 'Float64' }], rows: [{ n: 18 }] };
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('running reader SQL', () => {
  it('waits for the database, then runs the query the reader asked for', async () => {
    const run = new SqlRun();
    const { db, calls } = controlledDb();
    run.request(null, 'SELECT count(*) AS n FROM brokers');
    expect(run.state).toEqual({ kind: 'waiting', sql: 'SELECT count(*) AS n FROM brokers' });
    run.resume(db);
    await settle();
    expect(run.state.kind).toBe('running');
    calls[0]?.resolve(oneRow);
    await settle();
    expect(run.state).toMatchObject({ kind: 'done', result: oneRow });
  });

  it('never runs on resume when nothing was asked', async () => {
    const run = new SqlRun();
    const { db, calls } = controlledDb();
    run.resume(db);
    await settle();
    expect(calls).toHaveLength(0);
    expect(run.state.kind).toBe('idle');
  });

  it('cancels a running query and ignores what it returns afterwards', async () => {
    const run = new SqlRun();
    const { db, calls } = controlledDb();
    run.request(db, 'SELECT 1');
    await settle();
    run.cancel();
    await settle();
    expect(calls[0]?.cancel).toHaveBeenCalledOnce();
    expect(run.state.kind).toBe('cancelled');
  });

  it('stops the previous query before a new one, and shows only the newest', async () => {
    const run = new SqlRun();
    const { db, calls } = controlledDb();
    run.request(db, 'SELECT 1');
    await settle();
    run.request(db, 'SELECT 2');
    await settle();
    expect(calls.map((call) => call.sql)).toEqual(['SELECT 1', 'SELECT 2']);
    expect(calls[0]?.cancel).toHaveBeenCalledOnce();
    calls[1]?.resolve(oneRow);
    await settle();
    expect(run.state).toMatchObject({ kind: 'done', result: oneRow });
  });

  it("shows DuckDB's message when the query fails", async () => {
    const run = new SqlRun();
    const failing = {
      run: () => ({
        result: Promise.reject(new Error('Catalog Error: Table with name nope does not exist!')),
        cancel: async () => {},
      }),
    } as unknown as Db;
    run.request(failing, 'SELECT * FROM nope');
    await settle();
    expect(run.state).toEqual({
      kind: 'failed',
      message: 'Catalog Error: Table with name nope does not exist!',
    });
  });
});
