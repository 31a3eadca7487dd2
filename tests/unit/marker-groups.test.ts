import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupMarkers, type MarkerGroup } from '$lib/charts/marker-groups';

const bounds = { left: 0, right: 500 };
const members = (groups: readonly MarkerGroup[]) => groups.map((group) => group.members);

describe('grouping event markers that would collide', () => {
  it('keeps markers that are far enough apart on their own, where they are', () => {
    const groups = groupMarkers([100, 200, 122], 22, bounds);
    expect(members(groups)).toEqual([[0], [2], [1]]);
    expect(groups.map((group) => group.x)).toEqual([100, 122, 200]);
  });

  it('merges two that are too close into one marker at the middle of their span', () => {
    const groups = groupMarkers([210, 200, 300], 22, bounds);
    expect(groups).toEqual([
      { members: [1, 0], x: 205, from: 200, to: 210 },
      { members: [2], x: 300, from: 300, to: 300 },
    ]);
  });

  it('merges the closest neighbours first, then whatever the merged marker now meets', () => {
    // 118 and 120 merge first (2 apart); their group at 119 is then 19 from 100: they merge too,
    // and the group of three, at 110, is 30 from 140, which stays alone.
    const groups = groupMarkers([100, 118, 120, 140], 22, bounds);
    expect(members(groups)).toEqual([[0, 1, 2], [3]]);
    expect(groups[0]?.x).toBe(110);
  });

  it('gathers a crowded month into one marker and keeps events on the same day in order', () => {
    const groups = groupMarkers([50, 50, 51, 55, 58, 60], 22, bounds);
    expect(members(groups)).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(groups[0]).toMatchObject({ x: 55, from: 50, to: 60 });
  });

  it('keeps a marker half a gap inside the bounds, and groups what that crowds', () => {
    expect(groupMarkers([2], 22, bounds)[0]?.x).toBe(11);
    expect(groupMarkers([499], 22, bounds)[0]?.x).toBe(489);
    // 498 and 480 both sit at most at 489 and 480: 9 apart, so one marker.
    expect(members(groupMarkers([480, 498], 22, bounds))).toEqual([[0, 1]]);
  });

  it('has nothing to group for no events', () => {
    expect(groupMarkers([], 22, bounds)).toEqual([]);
  });

  it('always leaves every pair of markers at least the gap apart, and every event in one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { maxLength: 80 }),
        fc.integer({ min: 4, max: 40 }),
        (positions, gap) => {
          const groups = groupMarkers(positions, gap, bounds);
          for (let index = 1; index < groups.length; index += 1) {
            const distance = (groups[index]?.x ?? 0) - (groups[index - 1]?.x ?? 0);
            expect(distance).toBeGreaterThanOrEqual(gap);
          }
          const all = groups.flatMap((group) => group.members).sort((a, b) => a - b);
          expect(all).toEqual(positions.map((_, index) => index));
          for (const group of groups) {
            const xs = group.members.map((index) => positions[index] ?? NaN);
            expect(xs).toEqual([...xs].sort((a, b) => a - b));
            expect(group.from).toBe(xs[0]);
            expect(group.to).toBe(xs.at(-1));
            expect(group.x).toBeGreaterThanOrEqual(bounds.left + gap / 2);
            expect(group.x).toBeLessThanOrEqual(bounds.right - gap / 2);
          }
        },
      ),
    );
  });
});
