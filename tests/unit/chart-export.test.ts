import { describe, expect, it } from 'vitest';
import { figureDateLine } from '$lib/charts/figure-dates';
import { LATEST } from '$lib/queries/monthly-metrics';
import type { FsaReleaseRow } from '$lib/schema';
import { DEFAULT_VIEW, parseViewState, viewStateSearch } from '$lib/view-state';

const release = (release_id: string, release_date: string | null) =>
  ({ release_id, release_date }) as FsaReleaseRow;
const RELEASES = [release('2025-04-18', '2025-04-18'), release('2025-12', null)];

describe('embed in the address', () => {
  it('reads a known chart, drops anything else, and writes it back', () => {
    expect(parseViewState('?embed=yen-amounts').embed).toBe('yen-amounts');
    expect(parseViewState('?embed=nope').embed).toBeUndefined();
    expect(parseViewState('?embed=').embed).toBeUndefined();
    expect(parseViewState('?embed=stocks&release=2025-04-18')).toEqual({
      ...DEFAULT_VIEW,
      release: '2025-04-18',
      embed: 'stocks',
    });
    expect(viewStateSearch({ ...DEFAULT_VIEW, embed: 'brokers' })).toBe('?embed=brokers');
    expect(viewStateSearch(DEFAULT_VIEW)).toBe('');
  });
});

describe('the date an exported image states', () => {
  it('names the release a release-dependent chart shows', () => {
    expect(figureDateLine('yen-amounts', '2025-04-18', RELEASES)).toBe(
      'Figures as published on 18 Apr 2025',
    );
  });

  it('names the newest release for the latest figures and for charts across releases', () => {
    expect(figureDateLine('monthly-counts', LATEST, RELEASES)).toBe(
      'Latest figures, as published up to Dec 2025',
    );
    expect(figureDateLine('stocks', '2025-04-18', RELEASES)).toBe(
      'Latest figures, as published up to Dec 2025',
    );
  });

  it('has none for charts of uploaded data, or before the releases are known', () => {
    expect(figureDateLine('upload-chart', LATEST, RELEASES)).toBeNull();
    expect(figureDateLine('monthly-counts', LATEST, [])).toBeNull();
  });
});
