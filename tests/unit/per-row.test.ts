import { describe, expect, it } from 'vitest';
import { perRow } from '$views/per-row';

describe('perRow', () => {
  it('makes one object per row, the same whenever that row comes back', () => {
    const made: string[] = [];
    const labelled = perRow((row: { month: string }) => {
      made.push(row.month);
      return { label: `month ${row.month}` };
    });
    const april = { month: '2025-04' };
    const first = labelled(april);
    expect(labelled(april)).toBe(first);
    expect(labelled({ month: '2025-04' })).not.toBe(first);
    expect(first).toEqual({ label: 'month 2025-04' });
    expect(made).toEqual(['2025-04', '2025-04']);
  });
});
