/** A SQL identifier: double quotes doubled, so any name (spaces, quotes, Japanese) stays one name. */
export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
