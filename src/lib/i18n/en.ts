import type { Confidence } from '$lib/schema/provenance';
import type { Theme } from '$lib/theme';
import type { Language } from '$lib/view-state';
import { rememberedWords, type RememberedWords } from './en-remembered';
import { revisionWords, type RevisionWords } from './en-revisions';
import { sqlWords, type SqlWords } from './en-sql';
import type { TrendWords } from '$lib/charts/describe-trend';
import { uploadWords, type UploadWords } from './en-upload';

/** Every word the interface shows. A second language implements this same type. */
export interface Dictionary {
  siteTitle: string;
  siteSubtitle: string;
  duckdbState: Record<'idle' | 'loading' | 'ready' | 'failed', string>;
  releaseControl: string;
  latestRelease: string;
  unknownRelease: (release: string) => string;
  /** Each is followed by DuckDB's (or the browser's) own words, marked as English. */
  engineFailed: string;
  dataFailed: string;
  whatStillWorks: string;
  retryEngine: string;
  /** The data saver: the query engine loads only when the reader asks for it. */
  dataSaver: { notice: string; load: string; loading: string; loaded: string };
  updateFailed: string;
  noScript: string;
  bytesLoaded: (loaded: string, total: string) => string;
  releasePending: string;
  /** A release in the menu: its date (or id), and the months its table covers. */
  releaseOption: (release: string, period: string) => string;
  headline: {
    heading: string;
    rise: (first: string, firstMonth: string, last: string, lastPeriod: string) => string;
    firstTable: (release: string) => string;
    totalsHeading: string;
    total: Record<
      | 'total_fraudulent_trades'
      | 'total_unauthorized_access'
      | 'total_sell_buy_oku_yen'
      | 'firms_cumulative',
      string
    >;
    fullYear: (year: string) => string;
    runningTotal: (period: string) => string;
  };
  confidence: Record<Confidence, string>;
  confidenceNote: Record<Confidence, string>;
  downloads: {
    title: string;
    intro: string;
    noEngine: string;
    failed: string;
  };
  panels: {
    check: string;
    sql: string;
  };
  filters: {
    months: string;
    from: string;
    to: string;
    firstMonth: string;
    lastMonth: string;
    /** A range end that the shown figures have no month for. */
    monthWithoutFigures: (month: string) => string;
    metrics: string;
    none: string;
    active: string;
    reset: string;
    clear: (what: string) => string;
    releaseActive: (release: string) => string;
    monthsActive: (from: string, to: string) => string;
    hiddenActive: (metric: string) => string;
    highlightActive: (name: string) => string;
    brush: string;
    copyLink: string;
    linkCopied: string;
    linkNotCopied: string;
  };
  chart: {
    /** A data point's name for screen readers and its tooltip: series, when, value. */
    pointLabel: (series: string, when: string, value: string) => string;
    /** Names listed in a label (brokers hit on one day). */
    nameList: (names: readonly string[]) => string;
    getData: string;
    showTable: string;
    sources: string;
    pending: string;
    empty: string;
    failed: string;
    notPublished: string;
    /** A month the release covered that no source we read quotes. */
    notInSources: string;
    /** Which release a figure was read from, by its date. */
    releaseOf: (release: string) => string;
    lowConfidenceLegend: string;
    release: string;
    period: string;
    source: string;
    confidence: string;
    /** "medium confidence" */
    confidenceOf: (level: string) => string;
  };
  counts: {
    title: string;
    trades: string;
    access: string;
    yAxis: string;
    month: string;
    partial: (period: string) => string;
    takeaway: (peak: string, peakMonth: string, last: string, lastMonth: string) => string;
  };
  amounts: {
    title: string;
    sell: string;
    buy: string;
    combined: string;
    combinedNote: string;
    mixedReleases: string;
    yAxis: string;
    takeaway: (peakMonth: string, peak: string) => string;
    grossNote: string;
  };
  brokers: {
    title: string;
    perMonth: string;
    named: string;
    yAxis: string;
    takeaway: (named: number, peakFirms: number, peakMonth: string) => string;
    tableCaption: string;
    /** Under the caption on a phone, where the table is wider than the screen. */
    scrollHint: string;
    columns: Record<
      'name' | 'otherName' | 'firstReported' | 'mfa' | 'compensation' | 'provision',
      string
    >;
  };
  stocks: {
    title: string;
    xAxis: string;
    noVolume: string;
    noBaseline: (volume: string) => string;
    baseline: (kind: string) => string;
    takeaway: (
      name: string,
      times: string,
      baseline: string,
      date: string,
      total: number,
    ) => string;
    columns: Record<'stock' | 'ticker' | 'date' | 'role' | 'volume' | 'baseline' | 'ratio', string>;
  };
  sql: SqlWords;
  revisions: RevisionWords;
  upload: UploadWords;
  remembered: RememberedWords;
  footer: string;
  /** Each chart's one-paragraph description for screen readers. */
  describe: TrendWords;
  settings: {
    language: string;
    /** Each language's name in itself, so a reader finds their own. */
    languages: Record<Language, string>;
    theme: string;
    themes: Record<Theme, string>;
  };
}

export const en: Dictionary = {
  sql: sqlWords,
  revisions: revisionWords,
  upload: uploadWords,
  remembered: rememberedWords,
  describe: {
    none: (label) => `${label}: no figure published.`,
    noneInSources: (label) => `${label}: our sources give no figure for these months.`,
    single: (label, only) =>
      `${label}: ${only.value} in ${only.month}, the only month with a figure.`,
    rose: (label, first, last) =>
      `${label} rose from ${first.value} in ${first.month} to ${last.value} in ${last.month}.`,
    fell: (label, first, last) =>
      `${label} fell from ${first.value} in ${first.month} to ${last.value} in ${last.month}.`,
    roseThenFell: (label, first, peak, last) =>
      `${label} rose from ${first.value} in ${first.month} to ${peak.value} in ${peak.month}, then fell to ${last.value} in ${last.month}.`,
    notPublished: (months) =>
      months === 1 ? 'One month was not published.' : `${months} months were not published.`,
    notInSources: (months) =>
      months === 1
        ? 'Our sources give no figure for one month.'
        : `Our sources give no figure for ${months} months.`,
    ratios: (items) =>
      `Trading volume on the reported day against its usual level: ${items.join('; ')}.`,
    revisions: (subject, items) => `${subject}, as each release published it: ${items.join('; ')}.`,
  },
  settings: {
    language: 'Language',
    languages: { en: 'English', ja: '日本語' },
    theme: 'Theme',
    themes: { system: 'As the system', light: 'Light', dark: 'Dark' },
  },
  siteTitle: 'Takeover Watch',
  siteSubtitle:
    'Hijacked online brokerage accounts in Japan, 2025: the regulator’s figures, every number with its source.',
  duckdbState: {
    idle: 'Query engine waiting to load',
    loading: 'Loading the query engine',
    ready: 'Query engine ready',
    failed: 'Query engine unavailable',
  },
  releaseControl: 'Figures as published on',
  latestRelease: 'Latest figures (newest release for each month)',
  engineFailed: 'The query engine (DuckDB) could not be loaded.',
  dataFailed: 'The data could not be loaded into the query engine.',
  whatStillWorks:
    'The charts, tables and sources below still show the latest published figures. Choosing another release needs the query engine.',
  retryEngine: 'Try loading the query engine again',
  dataSaver: {
    notice:
      'Your browser asks to save data, so the query engine (DuckDB, a download of several megabytes) loads only on request: when you choose another release or another month’s revisions, open the SQL console, upload a file or download a table, or with this button. The charts below already show the latest published figures.',
    load: 'Load the query engine now',
    loading: 'Loading the query engine…',
    loaded: 'The query engine is loaded.',
  },
  updateFailed: 'The figures could not be updated, so the charts still show the previous ones.',
  noScript:
    'JavaScript is off: the charts and tables show the latest published figures; choosing a release needs JavaScript.',
  bytesLoaded: (loaded, total) => `${loaded} of ${total} MB`,
  releasePending: 'Loading the query engine…',
  unknownRelease: (release) => `No release “${release}” in the data; showing the latest figures.`,
  releaseOption: (release, period) => `${release} release (${period})`,
  headline: {
    heading: 'The story in numbers',
    rise: (first, firstMonth, last, lastPeriod) =>
      `Fraudulent trades rose from ${first} in ${firstMonth} to ${last} in ${lastPeriod}.`,
    firstTable: (release) => `The FSA’s first table, released ${release}.`,
    totalsHeading: 'Full-year totals stated by the FSA',
    total: {
      total_fraudulent_trades: 'Fraudulent trades',
      total_unauthorized_access: 'Unauthorized accesses',
      total_sell_buy_oku_yen: 'Sell and buy amounts (gross, not losses)',
      firms_cumulative: 'Securities firms with fraudulent trades',
    },
    fullYear: (year) => `Full year ${year}`,
    runningTotal: (period) => `No full-year figure in our sources; running total for ${period}`,
  },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  confidenceNote: {
    high: 'High confidence: the regulator’s page, a verbatim copy, or a wire service quoting it.',
    medium: 'Medium confidence: a reputable outlet, or a blog quoting one.',
    low: 'Low confidence: a single secondary source, unverified.',
  },
  downloads: {
    title: 'Download the data',
    intro:
      'Every table as loaded, as CSV (UTF-8 with a byte-order mark; empty cells were not published).',
    noEngine: 'The query engine is not available, so the tables cannot be exported here.',
    failed: 'The table could not be exported.',
  },
  panels: {
    check: 'Check each release’s totals',
    sql: 'Ask your own question in SQL',
  },
  filters: {
    months: 'Months',
    from: 'from',
    to: 'to',
    firstMonth: 'first month',
    lastMonth: 'last month',
    monthWithoutFigures: (month) => `${month} (no figures)`,
    metrics: 'Show',
    none: 'No filters: every month, every metric, latest figures.',
    active: 'Filters:',
    reset: 'Reset all',
    clear: (what) => `Remove filter: ${what}`,
    releaseActive: (release) => `as published on ${release}`,
    monthsActive: (from, to) => `${from} – ${to}`,
    hiddenActive: (metric) => `${metric} hidden`,
    highlightActive: (name) => `highlighting ${name}`,
    brush: 'Drag across months, or click one, to filter the other charts',
    copyLink: 'Copy link to this view',
    linkCopied: 'Link copied',
    linkNotCopied: 'Could not copy: use the address bar',
  },
  chart: {
    pointLabel: (series, when, value) => `${series}, ${when}: ${value}`,
    nameList: (names) => names.join(', '),
    getData: 'Get the data (CSV)',
    showTable: 'Show the numbers',
    sources: 'Sources',
    pending: 'Loading figures…',
    empty: 'No figures were published for this selection.',
    failed: 'These figures could not be loaded.',
    notPublished: 'not published',
    notInSources: 'not in our sources',
    releaseOf: (release) => `release of ${release}`,
    lowConfidenceLegend: 'Low confidence (dashed outline)',
    release: 'Release',
    period: 'Period',
    source: 'Source',
    confidence: 'Confidence',
    confidenceOf: (level) => `${level} confidence`,
  },
  counts: {
    title: 'Fraudulent trades and unauthorized accesses by month',
    trades: 'Fraudulent trades',
    access: 'Unauthorized accesses',
    yAxis: 'Cases per month',
    month: 'Month',
    partial: (period) => `covers ${period} only`,
    takeaway: (peak, peakMonth, last, lastMonth) =>
      `Fraudulent trades peaked at ${peak} in ${peakMonth}; the latest month shown, ${lastMonth}, had ${last}.`,
  },
  amounts: {
    title: 'Value of fraudulent sells and buys by month',
    sell: 'Sell amount',
    buy: 'Buy amount',
    combined: 'Sell + buy: a combined figure as published',
    mixedReleases: 'This month’s figures come from different releases',
    combinedNote: 'Combined figure',
    yAxis: '¥ billion (1 billion = 10 億円)',
    takeaway: (peakMonth, peak) =>
      `${peakMonth} saw the most: ${peak} of fraudulent sells and buys combined.`,
    grossNote: 'Gross value of trades inside hijacked accounts, not customer losses.',
  },
  brokers: {
    title: 'Securities firms hit',
    perMonth: 'Firms with fraudulent trades that month (FSA)',
    named: 'Firms publicly named so far (cumulative)',
    yAxis: 'Firms',
    takeaway: (named, peakFirms, peakMonth) =>
      `${named} firms have been named; in ${peakMonth}, ${peakFirms} firms had fraudulent trades.`,
    tableCaption: 'Named securities firms, by first public report',
    scrollHint: 'Scroll sideways for all seven columns.',
    columns: {
      name: 'Firm',
      otherName: 'Japanese name',
      firstReported: 'First reported',
      mfa: 'Mandatory login MFA from',
      compensation: 'Compensation policy',
      provision: 'Provision',
    },
  },
  stocks: {
    title: 'Trading volume of stocks reported as targets',
    xAxis: 'Volume on the day ÷ baseline volume (log scale)',
    noVolume: 'volume not published',
    noBaseline: (volume) => `${volume} shares traded; no baseline volume published`,
    baseline: (kind) => `vs ${kind}`,
    takeaway: (name, times, baseline, date, total) =>
      `On ${date}, ${name} traded ${times} times its ${baseline}; ${total} stock events were reported in all.`,
    columns: {
      stock: 'Stock',
      ticker: 'Code',
      date: 'Date',
      role: 'Role',
      volume: 'Volume',
      baseline: 'Baseline',
      ratio: 'Ratio',
    },
  },
  footer:
    'Figures are provisional sums of what firms reported to the FSA; later releases revise earlier months. Empty means not published or not in our sources, never zero.',
};
