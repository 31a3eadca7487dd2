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
    // The closest neighbours (the leftmost pair on a tie), found without allocating: this runs on
    // every redraw that moves the markers, such as a month-filter change.
    let at = -1;
    let nearest = Infinity;
    for (let index = 1; index < groups.length; index += 1) {
      const distance = (groups[index]?.x ?? Number.NaN) - (groups[index - 1]?.x ?? Number.NaN);
      if (Number.isNaN(distance)) return groups;
      if (distance < nearest) {
        nearest = distance;
        at = index - 1;
      }
    }
    const left = groups[at];
    const right = groups[at + 1];
    if (!(nearest < gap) || !left || !right) return groups;
    left.members.push(...right.members);
    left.x = place(left.from, right.to);
    left.to = right.to;
    groups.splice(at + 1, 1);
  }
}
