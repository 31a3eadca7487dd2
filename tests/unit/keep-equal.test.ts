import { describe, expect, it } from 'vitest';
import { deepEqual, keepEqualFields } from '$lib/page/keep-equal';

describe('deepEqual', () => {
  it('compares rows as data', () => {
    const row = { month: '2025-04', trades: { value: 2987, source: null } };
    expect(deepEqual([row], [structuredClone(row)])).toBe(true);
    expect(deepEqual([row], [{ ...row, month: '2025-05' }])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  it('compares what is not plain data by identity', () => {
    expect(deepEqual(new Date(0), new Date(0))).toBe(false);
    expect(deepEqual(new Map(), new Map())).toBe(false);
    expect(deepEqual({ at: '2025-04-16' }, { at: new Date('2025-04-16') })).toBe(false);
  });
});

describe('keepEqualFields', () => {
  const kept = { release: 'latest', figures: [{ month: '2025-04', value: 2987 }], changes: [] };

  it('keeps the shown object when the answer repeats it', () => {
    expect(keepEqualFields(structuredClone(kept), kept)).toBe(kept);
  });

  it('keeps the equal fields and takes the changed ones', () => {
    const next = { ...structuredClone(kept), figures: [{ month: '2025-04', value: 2932 }] };
    const merged = keepEqualFields(next, kept);
    expect(merged).not.toBe(kept);
    expect(merged.changes).toBe(kept.changes);
    expect(merged.figures).toBe(next.figures);
  });

  it('takes the answer as it is when nothing is shown', () => {
    const next = structuredClone(kept);
    expect(keepEqualFields(next, null)).toBe(next);
  });
});
