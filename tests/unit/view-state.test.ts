import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  monthInRange,
  parseViewState,
  viewStateSearch,
  type ViewState,
} from '$lib/view-state';

describe('view state in the address', () => {
  it('round-trips every setting', () => {
    const view: ViewState = {
      release: '2025-04-18',
      from: '2025-03',
      to: '2025-06',
      hidden: ['unauthorized_access', 'sell_buy_oku_yen'],
      hiddenEvents: ['media', 'law-enforcement'],
      broker: 'Rakuten Securities',
      stock: '7992',
      lang: 'ja',
      open: ['sql', 'check'],
      sql: "SELECT * FROM brokers WHERE broker_ja = '楽天証券' -- & more",
      revisionMonth: '2025-05',
      revisionMetric: 'sell_oku_yen',
      present: true,
      slide: 'stocks',
    };
    expect(parseViewState(viewStateSearch(view))).toEqual(view);
  });

  it('opens the console, its query not run, for a link with a query and no panel named', () => {
    const sql = 'SELECT * FROM fsa_monthly';
    expect(parseViewState(`?sql=${encodeURIComponent(sql)}`)).toEqual({
      ...DEFAULT_VIEW,
      open: ['sql'],
      sql,
    });
    expect(parseViewState(`?open=check&sql=x`).open).toEqual(['check']);
    expect(parseViewState('?sql=').open).toEqual([]);
  });

  it('keeps a query with the console closed, naming no panel so the link stays closed', () => {
    const closed: ViewState = { ...DEFAULT_VIEW, sql: 'SELECT 1' };
    expect(viewStateSearch(closed)).toBe('?open=&sql=SELECT+1');
    expect(parseViewState(viewStateSearch(closed))).toEqual(closed);
    expect(viewStateSearch({ ...closed, open: ['sql'] })).toBe('?open=sql&sql=SELECT+1');
  });

  it('names the slide by its chart, and keeps the filters while presenting', () => {
    const search = viewStateSearch({
      ...DEFAULT_VIEW,
      release: '2025-04-18',
      from: '2025-03',
      present: true,
      slide: 'yen-amounts',
    });
    expect(search).toBe('?release=2025-04-18&from=2025-03&present=1&slide=yen-amounts');
    expect(viewStateSearch({ ...DEFAULT_VIEW, present: true })).toBe('?present=1');
    expect(parseViewState('?present=1')).toEqual({ ...DEFAULT_VIEW, present: true });
  });

  it('writes no slide outside presentation mode, and reads unknown slides as the first', () => {
    expect(viewStateSearch({ ...DEFAULT_VIEW, present: false, slide: 'brokers' })).toBe('');
    expect(parseViewState('?slide=brokers')).toEqual(DEFAULT_VIEW);
    expect(parseViewState('?present=1&slide=3')).toMatchObject({
      present: true,
      slide: 'monthly-counts',
    });
    expect(parseViewState('?present=yes&slide=stocks')).toEqual(DEFAULT_VIEW);
  });

  it('keeps hidden event categories as a comma list, like hidden metrics', () => {
    const search = viewStateSearch({
      ...DEFAULT_VIEW,
      hiddenEvents: ['broker', 'law-enforcement'],
    });
    expect(search).toBe('?events=broker%2Claw-enforcement');
    expect(parseViewState(search).hiddenEvents).toEqual(['broker', 'law-enforcement']);
    expect(parseViewState('?events=market,nope,market,').hiddenEvents).toEqual(['market']);
    expect(viewStateSearch({ ...DEFAULT_VIEW, hiddenEvents: [] })).toBe('');
  });

  it('writes nothing for the default view', () => {
    expect(viewStateSearch(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores malformed values instead of failing', () => {
    const view = parseViewState(
      '?release=<script>&from=2025-13&to=abc&hide=nope,fraudulent_trades&lang=fr&open=x,sql&rev=2025&revmetric=x&present=true&slide=x',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, hidden: ['fraudulent_trades'], open: ['sql'] });
  });

  it('puts a reversed month range the right way round', () => {
    expect(parseViewState('?from=2025-08&to=2025-03')).toMatchObject({
      from: '2025-03',
      to: '2025-08',
    });
  });

  it('filters months by an open or closed range', () => {
    expect(monthInRange({ from: '2025-03', to: null }, '2025-02')).toBe(false);
    expect(monthInRange({ from: '2025-03', to: '2025-05' }, '2025-05')).toBe(true);
    expect(monthInRange({ from: null, to: null }, '2025-12')).toBe(true);
  });
});
