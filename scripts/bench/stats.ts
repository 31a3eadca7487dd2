export interface Summary {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    min: sorted[0] ?? Number.NaN,
    median,
    max: sorted.at(-1) ?? Number.NaN,
    runs: sorted.length,
  };
}
