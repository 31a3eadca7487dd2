/** The one set of states every chart goes through. */
export type ChartStatus =
  { kind: 'pending' } | { kind: 'failed'; reason: string } | { kind: 'empty' } | { kind: 'ready' };

export function statusOf(rows: readonly unknown[] | null, error: string | null): ChartStatus {
  if (error !== null) return { kind: 'failed', reason: error };
  if (rows === null) return { kind: 'pending' };
  return rows.length === 0 ? { kind: 'empty' } : { kind: 'ready' };
}
