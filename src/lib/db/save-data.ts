/** What the Network Information API says of the reader's connection (Chromium has it). */
export interface ConnectionHints {
  readonly saveData?: boolean;
  readonly effectiveType?: string;
}

const SLOW_TYPES = new Set(['slow-2g', '2g']);

/** The browser asks for less data: the reader turned on a data saver, or the link is 2G-slow. */
export function prefersLessData(connection: ConnectionHints | undefined): boolean {
  if (!connection) return false;
  return connection.saveData === true || SLOW_TYPES.has(connection.effectiveType ?? '');
}

/** The page's own connection hints; none where the browser does not expose them. */
export function browserConnection(): ConnectionHints | undefined {
  return (navigator as Navigator & { connection?: ConnectionHints }).connection;
}
