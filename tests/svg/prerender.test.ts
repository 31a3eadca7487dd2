import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '$lib/db/node-dataset';
import { serialiseSnapshot, type Snapshot } from '$views/snapshot';
import { prerender } from '../../src/entry-server';

describe('prerender (the build-time page)', () => {
  it('renders the charts, tables and headline from DuckDB results over data/', async () => {
    const { pages, snapshotJson } = await prerender(DATA_DIR, { base: '/', siteUrl: null });
    const page = pages.find((each) => each.lang === 'en' && each.chart === null);
    if (!page) throw new Error('no English dashboard');
    expect(page.body).toMatch(/data-chart="monthly-counts"/);
    expect(page.body).toMatch(/data-month="2025-04" data-value="2987"/);
    expect(page.body).toContain('from 33 in Feb 2025 to 736 in 1–16 Apr 2025');
    expect(page.body).toContain('Interactive Brokers Securities Japan');
    expect(page.body).not.toMatch(/<script/i);
    const snapshot = JSON.parse(snapshotJson) as Snapshot;
    expect(snapshot.latest.release).toBe('latest');
    const april = snapshot.latest.figures.find((row) => row.month === '2025-04');
    expect(april?.fraudulent_trades).toMatchObject({ value: 2987, release: '2025-12' });
    expect(snapshot.dataset.brokers).toHaveLength(18);
  }, 60_000);

  it('embeds results so that no text in them can close the script element', () => {
    const hostile = {
      dataset: { note: '</script><script>alert(1)</script>\u2028' },
    } as unknown as Snapshot;
    const json = serialiseSnapshot(hostile);
    expect(json).not.toContain('</script');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
