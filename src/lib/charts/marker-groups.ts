/** Markers on one line that would collide, drawn as one: `members` index the positions given. */
export interface MarkerGroup {
  members: number[];
  /** Where the group's marker sits: the middle of its members' span, kept inside the bounds. */
  x: number;
  /** The leftmost and rightmost member. */
  from: number;
  to: number;
}

/**
 * Groups positions on a line so that no two markers sit closer than `gap`: the two neighbouring
 * markers that are closest merge first, until every pair is far enough apart. A marker is kept
 * `gap / 2` inside `bounds`. Members keep the order of their positions (ties: the order given).
 */
export function groupMarkers(
  positions: readonly number[],
  gap: number,
  bounds: { left: number; right: number },
): MarkerGroup[] {
  const low = bounds.left + gap / 2;
  const high = Math.max(low, bounds.right - gap / 2);
  const place = (from: number, to: number) => Math.min(high, Math.max(low, (from + to) / 2));
  const groups: MarkerGroup[] = positions
    .map((x, index) => ({ x, index }))
    .sort((a, b) => a.x - b.x || a.index - b.index)
    .map(({ x, index }) => ({ members: [index], x: place(x, x), from: x, to: x }));
  for (;;) {
    const distances = groups.slice(1).map((group, index) => group.x - (groups[index]?.x ?? 0));
    const nearest = Math.min(...distances);
    const at = distances.indexOf(nearest);
    const left = groups[at];
    const right = groups[at + 1];
    if (!(nearest < gap) || !left || !right) return groups;
    groups.splice(at, 2, {
      members: [...left.members, ...right.members],
      x: place(left.from, right.to),
      from: left.from,
      to: right.to,
    });
  }
}
