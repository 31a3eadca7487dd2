/** The words of "What changed in this release"; a second language implements this. */
export interface ReleaseChangeWords {
  title: string;
  note: string;
  /** A row of the chart: the month and the figure's name. */
  rowLabel: (month: string, metric: string) => string;
  revisedText: (before: string, after: string, percent: string) => string;
  addedText: (value: string) => string;
  /** For screen readers: a row in words. */
  revisedRow: (label: string, before: string, after: string, difference: string) => string;
  addedRow: (label: string, value: string) => string;
  /** The earlier figure covered other days than the new one ("1–16 Apr 2025"). */
  periodChanged: (before: string, after: string) => string;
  takeaway: (
    release: string,
    revised: number,
    addedMonths: readonly string[],
    firstFigures: number,
  ) => string;
  largest: (label: string, before: string, after: string) => string;
  unchanged: (count: number) => string;
  kind: Record<'revised' | 'added', string>;
  columns: Record<'month' | 'figure' | 'before' | 'after' | 'difference' | 'provenance', string>;
  fromRelease: (release: string) => string;
  /** The headline's line about the latest release. */
  headline: (release: string, revised: number, addedMonths: readonly string[]) => string;
}

const figures = (count: number) => (count === 1 ? '1 figure' : `${count} figures`);
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const added = (months: readonly string[]) =>
  months.length > 0 ? ` and added ${list(months)}` : '';

export const releaseChangeWords: ReleaseChangeWords = {
  title: 'What changed in this release',
  note: 'Each figure the release published, against the figure current just before it (from the newest earlier release that published that month and figure). Bars show the change in per cent; a dashed bar: the earlier figure covered only part of the month. A dot: a figure published for the first time.',
  rowLabel: (month, metric) => `${month} · ${metric}`,
  revisedText: (before, after, percent) => `${before} → ${after} (${percent})`,
  addedText: (value) => `new: ${value}`,
  revisedRow: (label, before, after, difference) =>
    `${label}: revised from ${before} to ${after} (${difference})`,
  addedRow: (label, value) => `${label}: first published, ${value}`,
  periodChanged: (before, after) => `period changed: ${before} before, ${after} now`,
  takeaway: (release, revised, addedMonths, firstFigures) =>
    `The ${release} release ${revised === 0 ? 'revised no earlier figure' : `revised ${figures(revised)}`}${added(addedMonths)}${
      firstFigures > 0
        ? `, and gave ${figures(firstFigures)} for earlier months for the first time`
        : ''
    }.`,
  largest: (label, before, after) => `The largest revision: ${label}, ${before} → ${after}.`,
  unchanged: (count) => `${figures(count)} published again unchanged.`,
  kind: { revised: 'revised', added: 'new' },
  columns: {
    month: 'Month',
    figure: 'Figure',
    before: 'Before',
    after: 'Now',
    difference: 'Difference',
    provenance: 'Confidence and source',
  },
  fromRelease: (release) => `from the ${release} release`,
  headline: (release, revised, addedMonths) =>
    `The latest release, ${release}, ${revised === 0 ? 'revised no earlier figure' : `revised ${figures(revised)}`}${added(addedMonths)}.`,
};
