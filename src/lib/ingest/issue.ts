/** One reason a file was refused, precise enough to find and fix the cell. */
export interface ValidationIssue {
  readonly file: string;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly column: string | null;
  readonly value: string | null;
  readonly rule: string;
}

export function describeIssue(issue: ValidationIssue): string {
  const where = issue.column === null ? '' : `, column "${issue.column}"`;
  const what = issue.value === null ? '' : `, value "${issue.value}"`;
  return `${issue.file}, line ${issue.line}${where}${what}: ${issue.rule}`;
}

/** Thrown when a file breaks its table's schema; nothing of it was loaded. */
export class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? describeIssue(first) + more : 'validation failed');
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
