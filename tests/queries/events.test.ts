import { describe, expect, it } from 'vitest';
import { events } from '$lib/queries/events';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

describe('events', () => {
  it('lists the 55 dated events oldest first, with their month, both languages and source', async () => {
    const rows = await events(db());
    expect(rows).toHaveLength(55);
    expect(rows[0]).toEqual({
      date: '2025-03-17',
      month: '2025-03',
      event_en: expect.stringContaining('10 hijacked accounts') as string,
      event_ja: expect.stringContaining('乗っ取った10口座') as string,
      category: 'market',
      source_url: 'https://www.nippon.com/ja/news/yjj2025112800786/',
    });
    expect(rows.at(-1)).toMatchObject({
      date: '2026-01-14',
      month: '2026-01',
      category: 'regulator',
    });
    const dates = rows.map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps same-day events in a stable order and counts each category', async () => {
    const rows = await events(db());
    expect(rows.filter((row) => row.date === '2025-04-18').map((row) => row.category)).toEqual([
      'industry',
      'regulator',
    ]);
    const minister = rows.find((row) => row.date === '2025-04-22' && row.category === 'regulator');
    expect(minister?.event_en).toContain('Minister Katsunobu Kato');
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.category] = (counts[row.category] ?? 0) + 1;
    expect(counts).toEqual({
      broker: 21,
      regulator: 14,
      industry: 9,
      market: 6,
      media: 2,
      'law-enforcement': 2,
      research: 1,
    });
    expect(rows.filter((row) => row.month === '2025-04')).toHaveLength(15);
  });
});
