import type { SlideId } from '$lib/view-state';

/** The words of the site's pages (titles, descriptions, share cards) and of sharing a chart. */
export interface PageWords {
  /** The dashboard's <title> and share-card title. */
  title: string;
  /** The dashboard's meta description. */
  description: string;
  /** A chart page's <title>, from the chart's own title. */
  chartTitle: (chartTitle: string) => string;
  /** Each chart page's meta description. */
  chartDescriptions: Record<SlideId, string>;
  /** What the dashboard's share card shows, for readers who cannot see it. */
  cardAlt: string;
  chartCardAlt: (chartTitle: string) => string;
  share: string;
  /** Read out for the Share button, with the chart's title. */
  shareLabel: (title: string) => string;
  shared: string;
  /** Shown with the address when the browser refuses to copy it. */
  shareFallback: string;
}

export const pageWords: PageWords = {
  title: 'Takeover Watch: hijacked brokerage accounts in Japan, 2025',
  description:
    "The FSA's figures on hijacked online brokerage accounts in Japan, 2025: fraudulent trades, unauthorized accesses, amounts, brokers and targeted stocks, each with its source.",
  chartTitle: (chartTitle) => `${chartTitle} – Takeover Watch`,
  chartDescriptions: {
    'monthly-counts':
      'Fraudulent trades and unauthorized accesses at Japanese online brokers in each month of 2025, as the FSA published them.',
    'yen-amounts':
      'The value of fraudulent sells and buys made through hijacked brokerage accounts in Japan in each month of 2025, from the FSA’s tables.',
    brokers:
      'How many Japanese securities firms had fraudulent trades each month in 2025, and which were named publicly.',
    stocks:
      'Trading volume of the Japanese and Chinese small caps reported as targets of hijacked brokerage accounts in 2025, against their usual volume.',
    'revision-history':
      'How the FSA revised one month’s count of fraudulent trades in 2025, release by release.',
    'release-changes':
      'Which monthly figures the FSA’s latest release revised, from what to what, and which months it added.',
  },
  cardAlt:
    'Takeover Watch: the FSA’s 2025 figures on hijacked brokerage accounts in Japan, charted month by month',
  chartCardAlt: (chartTitle) => `Chart from Takeover Watch: ${chartTitle}`,
  share: 'Share',
  shareLabel: (title) => `Share: copy a link to the page of “${title}”`,
  shared: 'Link copied',
  shareFallback: 'Copy this address:',
};
