/**
 * `make`, once per row: the same row gives the very same object, so a chart keyed by its months
 * redraws nothing for a month it already shows when the range or the release comes back to it.
 */
export function perRow<R extends object, T>(make: (row: R) => T): (row: R) => T {
  const made = new WeakMap<R, T>();
  return (row) => {
    let value = made.get(row);
    if (value === undefined) {
      value = make(row);
      made.set(row, value);
    }
    return value;
  };
}
