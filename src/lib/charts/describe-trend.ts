/** A month's figure; null where it was not published (described as a gap, never as zero). */
export interface TrendPoint {
  readonly month: string;
  readonly value: number | null;
}

/** One figure at one month, already formatted for the page's language. */
export interface Mark {
  readonly value: string;
  readonly month: string;
}

/** The sentences a trend description is made of, in one language. */
export interface TrendWords {
  none: (label: string) => string;
  single: (label: string, only: Mark) => string;
  rose: (label: string, first: Mark, last: Mark) => string;
  fell: (label: string, first: Mark, last: Mark) => string;
  roseThenFell: (label: string, first: Mark, peak: Mark, last: Mark) => string;
  gaps: (months: number) => string;
  /** "Volume against its usual level: A ×29.9; B ×12.1; C no baseline published." */
  ratios: (items: readonly string[]) => string;
  /** "April 2025 trades, as each release published it: 736 (18 Apr 2025); 2,746 (8 May 2025)." */
  revisions: (subject: string, items: readonly string[]) => string;
}

/**
 * What a monthly series shows, in one sentence for a screen reader or a text-only reader:
 * "Fraudulent trades rose from 33 in Feb 2025 to 2,987 in Apr 2025, then fell to 138 in
 * Nov 2025." Unpublished months are counted as gaps.
 */
export function describeTrend(
  label: string,
  points: readonly TrendPoint[],
  format: (value: number) => string,
  monthName: (month: string) => string,
  words: TrendWords,
): string {
  const known = points.filter((point): point is { month: string; value: number } =>
    Number.isFinite(point.value),
  );
  const gaps = points.length - known.length;
  const gapNote = gaps > 0 ? ` ${words.gaps(gaps)}` : '';
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return words.none(label);
  const mark = (point: { month: string; value: number }): Mark => ({
    value: format(point.value),
    month: monthName(point.month),
  });
  if (known.length === 1) return words.single(label, mark(first)) + gapNote;
  const peak = known.reduce((best, point) => (point.value > best.value ? point : best), first);
  if (peak === last || peak.value === last.value)
    return words.rose(label, mark(first), mark(last)) + gapNote;
  if (peak === first) return words.fell(label, mark(first), mark(last)) + gapNote;
  return words.roseThenFell(label, mark(first), mark(peak), mark(last)) + gapNote;
}
