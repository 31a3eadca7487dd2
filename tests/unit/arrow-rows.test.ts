import { DateDay, Float64, Table, Utf8, tableFromArrays, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowToRows } from '$lib/db/arrow-rows';

describe('arrowToRows', () => {
  it('gives the rows Arrow itself gives, with missing values as null', () => {
    const table = new Table({
      month: vectorFromArray(['2025-03', '2025-04', null], new Utf8()),
      trades: vectorFromArray([685, null, 2987], new Float64()),
    });
    const own = table.toArray().map((row: { toJSON(): object }) => row.toJSON());
    expect(arrowToRows(table)).toEqual(own);
    expect(arrowToRows(table)).toEqual([
      { month: '2025-03', trades: 685 },
      { month: '2025-04', trades: null },
      { month: null, trades: 2987 },
    ]);
  });

  it('writes dates as YYYY-MM-DD text', () => {
    const table = new Table({
      date: vectorFromArray([new Date(Date.UTC(2025, 3, 16)), null], new DateDay()),
      event: vectorFromArray(['first arrests', 'no date'], new Utf8()),
    });
    expect(arrowToRows(table)).toEqual([
      { date: '2025-04-16', event: 'first arrests' },
      { date: null, event: 'no date' },
    ]);
  });

  it('reads an empty result as no rows', () => {
    expect(arrowToRows(tableFromArrays({ month: [] as string[] }))).toEqual([]);
  });
});
