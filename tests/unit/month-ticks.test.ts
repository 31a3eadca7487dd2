import { afterEach, describe, expect, it } from 'vitest';
import { monthTicks } from '$lib/charts/month-ticks';
import { setLanguage } from '$lib/i18n/language.svelte';

afterEach(() => setLanguage('en'));

const MONTHS = ['2024-11', '2024-12', '2025-01', '2025-02'];
const at = (month: string) => MONTHS.indexOf(month) * 100;

describe('month ticks', () => {
  it('name the first month and each January in full, keyed by their month', () => {
    expect(monthTicks(MONTHS, at, 400)).toEqual([
      { key: '2024-11', position: 0, label: 'Nov 2024' },
      { key: '2024-12', position: 100, label: 'Dec' },
      { key: '2025-01', position: 200, label: 'Jan 2025' },
      { key: '2025-02', position: 300, label: 'Feb' },
    ]);
  });

  it('follow the reader’s language', () => {
    monthTicks(MONTHS, at, 400);
    setLanguage('ja');
    expect(monthTicks(MONTHS, at, 400).map((tick) => tick.label)).toEqual([
      '2024年11月',
      '12月',
      '2025年1月',
      '2月',
    ]);
  });

  it('thin out on a narrow plot, keeping every tick’s month as its key', () => {
    const ticks = monthTicks(MONTHS, at, 80);
    expect(ticks.map((tick) => tick.key)).toEqual(['2024-11', '2025-01']);
  });
});
