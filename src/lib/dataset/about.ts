/**
 * What the built-in dataset is, for its data package, its citation and CITATION.cff. The figures
 * are the FSA's, whose pages are under the Government of Japan Standard Terms of Use 2.0
 * (compatible with CC BY 4.0); the compiled tables are offered under CC BY 4.0 with that credit.
 */
export const DATASET = {
  name: 'takeover-watch',
  title: 'Takeover Watch: FSA figures on hijacked brokerage accounts in Japan, 2025',
  author: 'Takeover Watch',
  description:
    'The Financial Services Agency’s (金融庁) monthly figures on unauthorized access and fraudulent trades in hijacked online brokerage accounts in Japan, as each release published them, with the brokers named, the stocks traded and dated events. Every row names its source and confidence; an empty cell means the figure was not published.',
  keywords: ['Japan', 'FSA', 'brokerage', 'account takeover', 'fraud', 'securities'],
  licence: {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
  publisher: {
    title:
      'Financial Services Agency (金融庁): インターネット取引サービスへの不正アクセス・不正取引による被害が急増しています',
    path: 'https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html',
  },
} as const;

/** The newest release's id and its date (the id where the day is unknown). */
export interface DatasetVersion {
  readonly version: string;
  readonly date: string;
}

/** The dataset's version: its newest FSA release. */
export function datasetVersion(
  releases: readonly { release_id: string; release_date: string | null }[],
): DatasetVersion | null {
  const newest = releases.reduce<(typeof releases)[number] | null>(
    (latest, row) => (latest === null || row.release_id > latest.release_id ? row : latest),
    null,
  );
  return newest
    ? { version: newest.release_id, date: newest.release_date ?? newest.release_id }
    : null;
}
