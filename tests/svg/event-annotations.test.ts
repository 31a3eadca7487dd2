import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import AmountBars from '$lib/charts/AmountBars.svelte';
import MonthLines from '$lib/charts/MonthLines.svelte';
import { setLanguage } from '$lib/i18n/language.svelte';
import { annotationWords } from '$lib/i18n/en-annotations';
import { jaAnnotationWords } from '$lib/i18n/ja-annotations';
import type { DatedEvent } from '$lib/queries/events';
import { chartEvents } from '../../src/views/chart-events';
import { amountBarsProps, figure } from './fixtures';
import { normaliseSvg } from './normalise-svg';
import { expectSnapshot } from './snapshot-file';

const MONTHS = Array.from(
  { length: 12 },
  (_, index) => `2025-${String(index + 1).padStart(2, '0')}`,
);

const row = (
  date: string,
  category: DatedEvent['category'],
  event_en: string,
  event_ja: string,
): DatedEvent => ({
  date,
  month: date.slice(0, 7),
  category,
  event_en,
  event_ja,
  source_url: `https://example.org/${date}`,
});

/** Real dates and categories from data/events.csv, with shorter words. */
const ROWS: DatedEvent[] = [
  row('2025-03-17', 'market', 'Hijacked accounts push up a stock', '乗っ取り口座で株価つり上げ'),
  row('2025-03-21', 'broker', 'Rakuten alerts customers', '楽天証券が注意喚起'),
  row('2025-04-03', 'regulator', 'FSA warning page', '金融庁が注意喚起ページ'),
  row('2025-04-04', 'broker', 'Nomura and SMBC Nikko announce trades', '野村・SMBC日興が公表'),
  row('2025-04-16', 'industry', 'JSDA considers mandatory MFA', '日証協が多要素認証義務化を検討'),
  row('2025-04-18', 'industry', 'JSDA investor alert', '日証協が注意喚起'),
  row('2025-04-18', 'regulator', 'FSA update: <b>not markup</b>', '金融庁:<b>タグではない</b>'),
  row('2025-04-22', 'broker', 'eSmart announces trades', '三菱UFJeスマート証券が公表'),
  row('2025-04-22', 'regulator', 'Minister asks for good faith', '金融相が誠実な対応を指示'),
  row('2025-04-25', 'industry', '58 firms to make MFA mandatory', '58社が多要素認証を必須化'),
  row('2025-05-02', 'broker', 'Rakuten and Monex make MFA mandatory', '楽天・マネックスが必須化'),
  row('2025-05-08', 'regulator', 'FSA update (Jan–Apr)', '金融庁:1〜4月'),
  row('2025-05-30', 'law-enforcement', 'Police open an investigation', '警視庁が捜査開始'),
  row('2025-07-15', 'regulator', 'Draft guideline', '監督指針の改正案'),
  row('2025-08-25', 'market', 'Collabos shares spike', 'コラボス株が急騰'),
  row('2025-10-15', 'industry', 'JSDA guideline in force', '日証協の改正ガイドライン施行'),
  row('2025-10-15', 'regulator', 'Guideline makes MFA mandatory', '監督指針を改正'),
  row('2025-10-18', 'broker', 'Nomura passkeys', '野村証券がパスキー導入'),
  row('2025-10-25', 'broker', 'SBI passkeys', 'SBI証券がパスキー導入'),
  row('2025-11-28', 'law-enforcement', 'First arrests', '初の逮捕'),
  row('2026-01-14', 'regulator', 'After the charts’ last month', '最終月より後'),
];

const LANGUAGES = {
  en: { words: annotationWords, field: 'event_en' },
  ja: { words: jaAnnotationWords, field: 'event_ja' },
} as const;

/** The chart widths a 1280 px and a 320 px window give the plot. */
const WIDTHS = { 1280: 918, 320: 280 } as const;

afterEach(() => setLanguage('en'));

function monthLines(width: number, lang: keyof typeof LANGUAGES): string {
  setLanguage(lang);
  const { words, field } = LANGUAGES[lang];
  const { body } = render(MonthLines, {
    props: {
      months: MONTHS,
      width,
      xTitle: 'Month',
      yTitle: 'Cases',
      partialLabel: (period: string) => `${period} only`,
      series: [
        {
          key: 'trades',
          label: 'Trades',
          color: '#D55E00',
          points: MONTHS.map((month, index) => ({ month, figure: figure(100 * (index % 5) + 50) })),
        },
      ],
      events: chartEvents(ROWS, words, field),
    },
  });
  return body;
}

/** Every marker's `data-events` and `data-count`, in order. */
const markers = (body: string) =>
  [
    ...body.matchAll(/class="event-marker[^"]*"[^>]* data-events="([^"]+)" data-count="(\d+)"/g),
  ].map((match) => ({ events: match[1]?.split(' ') ?? [], count: Number(match[2]) }));

describe('event annotations on the time charts', () => {
  for (const [page, width] of Object.entries(WIDTHS))
    for (const lang of ['en', 'ja'] as const)
      it(`MonthLines at ${page} px, ${lang}: key rules, and a lane of markers grouped to fit`, () => {
        const body = monthLines(width, lang);
        const drawn = markers(body);
        // Every event in the charts' months, once; none after them.
        expect(drawn.flatMap((marker) => marker.events)).toHaveLength(ROWS.length - 1);
        expect(drawn.every((marker) => marker.events.length === marker.count)).toBe(true);
        expect(body).not.toContain('2026-01-14');
        // Rules through the plot for the key events only, all three labelled; at 320 px the
        // first table and the minister's request, four days apart, share one.
        expect(body.match(/class="event-rule/g)).toHaveLength(page === '1280' ? 3 : 2);
        const labels = [...body.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((match) => match[1]);
        for (const key of Object.values(LANGUAGES[lang].words.keyLabel))
          expect(labels.join('').replace(/\s/g, '')).toContain(key.replace(/\s/g, ''));
        expect(body).toContain(
          lang === 'en' ? '&lt;b>not markup&lt;/b>' : '&lt;b>タグではない&lt;/b>',
        );
        expectSnapshot(`month-lines-events-${page}-${lang}`, normaliseSvg(body));
      });

  it('groups more at 320 px than at 1280 px, and names a group by its events in either language', () => {
    const wide = markers(monthLines(WIDTHS[1280], 'en'));
    const narrow = markers(monthLines(WIDTHS[320], 'en'));
    expect(narrow.length).toBeLessThan(wide.length);
    expect(Math.max(...narrow.map((marker) => marker.count))).toBeGreaterThan(
      Math.max(...wide.map((marker) => marker.count)),
    );
    const name = (body: string) =>
      body.match(/data-events="[^"]*2025-04-22:regulator[^"]*"[^>]*aria-label="([^"]+)"/)?.[1];
    expect(name(monthLines(WIDTHS[320], 'en'))).toMatch(
      /^\d+ events, .* 2025: .*; 22 Apr 2025, Regulator: Minister asks for good faith;/,
    );
    expect(name(monthLines(WIDTHS[320], 'ja'))).toMatch(
      /^出来事\d+件（.*）：.*。2025年4月22日、当局：金融相が誠実な対応を指示。/,
    );
  });

  it('AmountBars: the same lane over the month bands', () => {
    const { body } = render(AmountBars, {
      props: {
        ...amountBarsProps(
          MONTHS.map((month) => ({
            month,
            sell: figure(100),
            buy: figure(90),
            combined: figure(null),
          })),
          WIDTHS[1280],
        ),
        events: chartEvents(ROWS, annotationWords),
      },
    });
    expect(body.match(/class="event-rule/g)).toHaveLength(3);
    expectSnapshot('amount-bars-events', normaliseSvg(body));
  });
});
