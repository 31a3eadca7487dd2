import type { CheckedMetric } from '$lib/queries/release-check';
import type { MonthlyMetric } from '$lib/queries/monthly-metrics';

/** The words of the revision history and the data check; a second language implements this. */
export interface RevisionWords {
  history: {
    title: string;
    note: string;
    monthControl: string;
    metricControl: string;
    /** A metric's name, as a label. */
    metric: Record<MonthlyMetric, string>;
    /** What a takeaway is about: a month's metric ("Apr 2025 fraudulent trades"). */
    subject: Record<MonthlyMetric, (month: string) => string>;
    yAxis: Record<MonthlyMetric, string>;
    xAxis: string;
    /** A point of the chart, by its release's label (releaseRowLabel). */
    pointTitle: (label: string, value: string, period: string | null) => string;
    takeawayOnce: (
      subject: string,
      value: string,
      period: string | null,
      release: string,
    ) => string;
    takeawayRevised: (
      subject: string,
      first: string,
      firstPeriod: string | null,
      direction: 'up' | 'down' | 'unchanged',
      last: string,
      lastRelease: string,
    ) => string;
    dateUnknown: string;
    columns: Record<'release' | 'releaseDate' | 'value' | 'period' | 'provenance', string>;
  };
  check: {
    title: string;
    intro: string;
    sellBuyNote: string;
    pending: string;
    failed: string;
    release: string;
    metric: Record<CheckedMetric, string>;
    matches: string;
    matchesWithinRounding: string;
    differsBy: (difference: string) => string;
    cannotCheck: (months: string) => string;
    notStated: string;
    sumAgainstStated: (summed: string, stated: string) => string;
  };
}

const periodNote = (period: string | null) => (period ? ` (${period})` : '');

export const revisionWords: RevisionWords = {
  history: {
    title: 'How one month’s figure was revised, release by release',
    note: 'Later releases revise earlier months as late reports arrive. Hollow points cover part of the month only; a dashed ring marks low confidence.',
    monthControl: 'Month',
    metricControl: 'Figure',
    metric: {
      firms_with_fraud: 'Firms with fraudulent trades',
      unauthorized_access: 'Unauthorized accesses',
      fraudulent_trades: 'Fraudulent trades',
      sell_oku_yen: 'Sell amount',
      buy_oku_yen: 'Buy amount',
      sell_buy_oku_yen: 'Sell + buy amount',
    },
    subject: {
      firms_with_fraud: (month) => `${month} counts of firms with fraudulent trades`,
      unauthorized_access: (month) => `${month} unauthorized accesses`,
      fraudulent_trades: (month) => `${month} fraudulent trades`,
      sell_oku_yen: (month) => `${month} sell amounts`,
      buy_oku_yen: (month) => `${month} buy amounts`,
      sell_buy_oku_yen: (month) => `${month} combined sell + buy amounts`,
    },
    yAxis: {
      firms_with_fraud: 'Firms',
      unauthorized_access: 'Cases',
      fraudulent_trades: 'Cases',
      sell_oku_yen: '億円 (100 million yen)',
      buy_oku_yen: '億円 (100 million yen)',
      sell_buy_oku_yen: '億円 (100 million yen)',
    },
    xAxis: 'Release',
    pointTitle: (label, value, period) => `${label} release: ${value}${periodNote(period)}`,
    takeawayOnce: (subject, value, period, release) =>
      `${subject} were published once, as ${value}${periodNote(period)}, by the ${release} release.`,
    takeawayRevised: (subject, first, firstPeriod, direction, last, lastRelease) =>
      direction === 'unchanged'
        ? `${subject} were first published as ${first}${periodNote(firstPeriod)} and still stood at ${last} in the ${lastRelease} release.`
        : `${subject} were first published as ${first}${periodNote(firstPeriod)} and revised ${direction} to ${last} by the ${lastRelease} release.`,
    dateUnknown: 'date unknown',
    columns: {
      release: 'Release',
      releaseDate: 'Released on',
      value: 'Figure',
      period: 'Period covered',
      provenance: 'Confidence and source',
    },
  },
  check: {
    title: 'Do the monthly figures add up to the stated totals?',
    intro:
      'Each release stated running totals. Here each total is compared with the sum of that release’s own monthly figures over the same days. Counts must match exactly; amounts are rounded (約), so they may differ by up to 0.5 億円 per figure summed.',
    sellBuyNote:
      'Sell + buy uses a month’s combined figure where one was published, otherwise its sell and buy figures added together (two rounded figures).',
    pending: 'Checking the totals…',
    failed: 'The totals could not be checked.',
    release: 'Release (period of its totals)',
    metric: {
      unauthorized_access: 'Unauthorized accesses',
      fraudulent_trades: 'Fraudulent trades',
      sell_oku_yen: 'Sell amount',
      buy_oku_yen: 'Buy amount',
      sell_buy_oku_yen: 'Sell + buy',
    },
    matches: 'matches',
    matchesWithinRounding: 'matches within rounding',
    differsBy: (difference) => `differs by ${difference}`,
    cannotCheck: (months) => `cannot be checked (months missing: ${months})`,
    notStated: 'not stated',
    sumAgainstStated: (summed, stated) => `sum ${summed} · stated ${stated}`,
  },
};
