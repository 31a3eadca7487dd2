/** A SQL string literal: single quotes doubled, so text never ends the literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
