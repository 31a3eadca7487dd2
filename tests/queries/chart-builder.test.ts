import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node';
import { sqlIdentifier } from '$lib/db/sql-identifier';
import { sqlString } from '$lib/db/sql-literal';
import { chartBuilderSql, type ChartBuilderRow, type ChartSpec } from '$lib/queries/chart-builder';
import { columnKind, type TableColumn } from '$lib/queries/column-kind';

const TABLE = 'upload "free" テーブル';
const COLUMNS: TableColumn[] = [
  { name: 'a"b', type: 'DOUBLE' },
  { name: '<script>', type: 'VARCHAR' },
  { name: '金額', type: 'BIGINT' },
  { name: 'day', type: 'DATE' },
  { name: 'month text', type: 'VARCHAR' },
  { name: "team's", type: 'VARCHAR' },
];
const CSV = `"a""b",<script>,金額,day,month text,team's
1.5,x,100,2025-05-02,2025-05,red
2,x,200,2025-04-30,2025-04,blue
,y,300,2025-04-30,2025-04,red
,y,,2025-06-01,2025-06,
4,,50,,not a month,blue
`;

let db: Db;

beforeAll(async () => {
  db = await openNodeDb();
  await db.registerText('free.csv', CSV);
  const columns = COLUMNS.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
  await db.query(`CREATE TABLE ${sqlIdentifier(TABLE)} AS SELECT * FROM read_csv('free.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {${columns}})`);
  await db.query(`CREATE TABLE wide AS
    SELECT 'v' || lpad(i::VARCHAR, 3, '0') AS "<script>", i::DOUBLE AS "a""b",
      'g' || (i % 10) AS team, DATE '2025-01-01' + i::INTEGER AS day
    FROM range(250) t(i)`);
});
afterAll(async () => {
  await db.close();
});

const chart = (spec: ChartSpec, table = TABLE, columns = COLUMNS) =>
  db.query<ChartBuilderRow>(chartBuilderSql(table, spec, columns));
const pick = (rows: ChartBuilderRow[]) =>
  rows.map((row) => [row.x, row.group, row.group_kind, row.y, row.rows]);

describe('the chart builder', () => {
  it('quotes identifiers: double quotes doubled, anything else kept', () => {
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
    expect(sqlIdentifier('<script>')).toBe('"<script>"');
  });

  it('counts rows per x, largest first, with rows that give no x kept as NULL', async () => {
    const rows = await chart({ x: '<script>', y: { aggregate: 'count' }, group: null });
    expect(pick(rows)).toEqual([
      ['x', null, 'none', 2, 2],
      ['y', null, 'none', 2, 2],
      [null, null, 'none', 1, 1],
    ]);
    expect(rows.every((row) => row.x_total === 3 && !row.chronological)).toBe(true);
  });

  it('sums a column with a quote in its name per group; a sum of only NULLs stays NULL', async () => {
    const rows = await chart({
      x: '<script>',
      y: { aggregate: 'sum', column: 'a"b' },
      group: "team's",
    });
    expect(pick(rows)).toEqual([
      [null, 'blue', 'value', 4, 1],
      ['x', 'blue', 'value', 2, 1],
      ['x', 'red', 'value', 1.5, 1],
      ['y', 'red', 'value', null, 1],
      ['y', null, 'not_given', null, 1],
    ]);
  });

  it('orders a DATE x in time and a Japanese-named BIGINT averages', async () => {
    const rows = await chart({ x: 'day', y: { aggregate: 'avg', column: '金額' }, group: null });
    expect(rows.map((row) => [row.x, row.y, row.chronological])).toEqual([
      ['2025-04-30', 250, true],
      ['2025-05-02', 100, true],
      ['2025-06-01', null, true],
      [null, 50, true],
    ]);
  });

  it('orders text in time only when every value is a YYYY-MM or YYYY-MM-DD', async () => {
    const rows = await chart({
      x: 'month text',
      y: { aggregate: 'max', column: '金額' },
      group: null,
    });
    expect(rows.map((row) => row.x)).toEqual(['2025-04', '2025-05', 'not a month', '2025-06']);
    expect(rows[0]?.chronological).toBe(false);
    await db.query(`CREATE TABLE months_only AS
      SELECT * FROM ${sqlIdentifier(TABLE)} WHERE "month text" <> 'not a month'`);
    const months = await chart(
      { x: 'month text', y: { aggregate: 'count' }, group: null },
      'months_only',
    );
    expect(months.map((row) => [row.x, row.chronological])).toEqual([
      ['2025-04', true],
      ['2025-05', true],
      ['2025-06', true],
    ]);
  });

  it('keeps the 200 largest x values and says how many there were', async () => {
    const columns = [
      { name: '<script>', type: 'VARCHAR' },
      { name: 'a"b', type: 'DOUBLE' },
      { name: 'team', type: 'VARCHAR' },
      { name: 'day', type: 'DATE' },
    ];
    const rows = await chart(
      { x: '<script>', y: { aggregate: 'sum', column: 'a"b' }, group: null },
      'wide',
      columns,
    );
    expect(rows).toHaveLength(200);
    expect(rows[0]).toMatchObject({ x: 'v249', x_order: 0, x_total: 250, y: 249 });
    expect(rows.at(-1)).toMatchObject({ x: 'v050', x_order: 199, y: 50 });
    const days = await chart({ x: 'day', y: { aggregate: 'count' }, group: null }, 'wide', columns);
    expect([days[0]?.x, days.at(-1)?.x, days.length]).toEqual(['2025-01-01', '2025-07-19', 200]);
  });

  it('draws the 8 largest groups and recomputes the rest as "other"', async () => {
    const columns = [
      { name: '<script>', type: 'VARCHAR' },
      { name: 'a"b', type: 'DOUBLE' },
      { name: 'team', type: 'VARCHAR' },
    ];
    await db.query(`CREATE TABLE grouped AS SELECT 'all' AS "<script>", i::DOUBLE AS "a""b",
      CASE WHEN i < 80 THEN 'g' || (i % 8) ELSE 'small' || i END AS team FROM range(83) t(i)`);
    const rows = await chart(
      { x: '<script>', y: { aggregate: 'avg', column: 'a"b' }, group: 'team' },
      'grouped',
      columns,
    );
    expect(rows.map((row) => row.group_order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows.at(-1)).toMatchObject({ group: null, group_kind: 'other', y: 81, rows: 3 });
    expect(rows[0]).toMatchObject({ group: 'g0', y: 36, rows: 10 });
  });

  it('refuses a numeric aggregate of a column that is not a number, and unknown columns', () => {
    const spec = (column: string): ChartSpec => ({
      x: 'day',
      y: { aggregate: 'sum', column },
      group: null,
    });
    expect(() => chartBuilderSql(TABLE, spec('<script>'), COLUMNS)).toThrow(/numeric/);
    expect(() => chartBuilderSql(TABLE, spec('nope'), COLUMNS)).toThrow(/No column/);
    expect(['DOUBLE', 'BIGINT', 'Int64', 'Float64', 'DECIMAL(10,2)'].map(columnKind)).toEqual(
      Array(5).fill('number'),
    );
    expect(['DATE', 'TIMESTAMP', 'Date32<DAY>', 'VARCHAR', 'Utf8'].map(columnKind)).toEqual([
      'date',
      'date',
      'date',
      'text',
      'text',
    ]);
  });
});
