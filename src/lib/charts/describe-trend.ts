import type { Absence } from '$lib/figures/figure';

/** A month's figure; null where there is none (described as a gap, never as zero), and why. */
export interface TrendPoint {
  readonly month: string;
  readonly value: number | null;
  readonly absent: Absence | null;
}

/** One figure at one month, already formatted for the page's language. */
export interface Mark {
  readonly value: string;
  readonly month: string;
}

/** The sentences a trend description is made of, in one language. */
export interface TrendWords {
  none: (label: string) => string;
  /** Every month shown is one our sources give no figure for. */
  noneInSources: (label: string) => string;
  single: (label: string, only: Mark) => string;
  rose: (label: string, first: Mark, last: Mark) => string;
  fell: (label: string, first: Mark, last: Mark) => string;
  roseThenFell: (label: string, first: Mark, peak: Mark, last: Mark) => string;
  /** "2 months were not published." (the release's rows leave them empty) */
  notPublished: (months: number) => string;
  /** "Our sources give no figure for 4 months." (the release covered them; we have no row) */
  notInSources: (months: number) => string;
  /** "Volume against its usual level: A ×29.9; B ×12.1; C no baseline published." */
  ratios: (items: readonly string[]) => string;
  /** "April 2025 trades, as each release published it: 736 (18 Apr 2025); 2,746 (8 May 2025)." */
  revisions: (subject: string, items: readonly string[]) => string;
}

/**
 * What a monthly series shows, in one sentence for a screen reader or a text-only reader:
 * "Fraudulent trades rose from 33 in Feb 2025 to 2,987 in Apr 2025, then fell to 138 in
 * Nov 2025." Months without a figure are counted as gaps, those not published apart from those
 * our sources do not give.
 */
export function describeTrend(
  label: string,
  points: readonly TrendPoint[],
  format: (value: number) => string,
  monthName: (month: string) => string,
  words: TrendWords,
): string {
  const known = points.filter(
    (point): point is TrendPoint & { value: number } =>
      point.value !== null && Number.isFinite(point.value),
  );
  const gapNote = gapSentences(points, words);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last)
    return points.length > 0 && points.every((point) => point.absent === 'not-in-sources')
      ? words.noneInSources(label)
      : words.none(label);
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

/** " 1 month was not published. Our sources give no figure for 4 months.", or "". */
function gapSentences(points: readonly TrendPoint[], words: TrendWords): string {
  const count = (absence: Absence) =>
    points.filter((point) => !Number.isFinite(point.value) && point.absent === absence).length;
  const unpublished = count('not-published');
  const unsourced = count('not-in-sources');
  return [
    unpublished > 0 ? ` ${words.notPublished(unpublished)}` : '',
    unsourced > 0 ? ` ${words.notInSources(unsourced)}` : '',
  ].join('');
}
