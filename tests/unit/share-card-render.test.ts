import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import { releaseChangeWords } from '$lib/i18n/en-release-changes';
import { jaReleaseChangeWords } from '$lib/i18n/ja-release-changes';
import { currentLanguage, setLanguage } from '$lib/i18n/language.svelte';
import { LATEST } from '$lib/queries/monthly-metrics';
import { SLIDES, type Language, type SlideId } from '$lib/view-state';
import { queryDatasetResults, queryReleaseResults } from '$views/page-data';
import type { Snapshot } from '$views/snapshot';
import { rasteriseShareCard } from '../../scripts/share-card/rasterise';
import { cardPath } from '../../src/lib/pages/page-head';
import { renderShareCardSvg } from '../../src/share-card/render-card';
import { useDatasetDb } from '../support/dataset-db';
import { pngSize } from '../support/png-pixels';

const OUT = join(tmpdir(), 'share-cards');
const DICTIONARIES = { en, ja };
const titleOf = (lang: Language, chart: SlideId) => {
  const words = DICTIONARIES[lang];
  return {
    'monthly-counts': words.counts.title,
    'yen-amounts': words.amounts.title,
    brokers: words.brokers.title,
    stocks: words.stocks.title,
    'revision-history': words.revisions.history.title,
    'release-changes': (lang === 'ja' ? jaReleaseChangeWords : releaseChangeWords).title,
  }[chart];
};
const address = (lang: Language, chart: SlideId | null) =>
  `https://example.org/watch/${lang === 'ja' ? 'ja/' : ''}${chart ? `chart/${chart}/` : ''}`;
/** The card's words (outside its chart) run together, so that wrapped lines read as one. */
const words = (svg: string) =>
  [...svg.matchAll(/<text [^>]*font-family="Noto Sans JP"[^>]*>([^<]*)<\/text>/g)]
    .map(([, text]) => text)
    .join('')
    .replace(/\s+/g, '');
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('share cards', () => {
  const db = useDatasetDb();
  let snapshot: Snapshot;
  beforeAll(async () => {
    snapshot = {
      dataset: await queryDatasetResults(db()),
      latest: await queryReleaseResults(db(), LATEST),
    };
    mkdirSync(OUT, { recursive: true });
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const chart of [null, ...SLIDES]) {
      const name = `${lang}${chart ? `-${chart}` : ''}`;
      it(`draws ${name} as a self-contained 1200×630 image`, async () => {
        const svg = renderShareCardSvg(snapshot, lang, chart, address(lang, chart));
        expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*width="1200" height="630"/);
        expect(svg).toContain('font-family="Noto Sans JP"');
        expect(svg).not.toMatch(/var\(|href=|src=|url\(|<image|<foreignObject/);
        expect(words(svg)).toContain(squeezed(address(lang, chart)));
        const png = await rasteriseShareCard(svg);
        expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
        writeFileSync(join(OUT, `${name}.svg`), svg);
        writeFileSync(join(OUT, `${name}.png`), png);
        if (chart) expect(svg).toContain(`<title>${titleOf(lang, chart)}</title>`);
      });
    }
  }

  it('shows the dashboard’s key figures as the English page words them', () => {
    const svg = renderShareCardSvg(snapshot, 'en', null, address('en', null));
    const text = words(svg);
    for (const figure of ['TakeoverWatch', '9,510', '17,559', '¥739.3bn', 'Fraudulenttrades']) {
      expect(text).toContain(figure);
    }
    expect(text).toContain(
      squeezed('Fraudulent trades rose from 33 in Feb 2025 to 736 in 1–16 Apr 2025.'),
    );
    expect(text).toContain(squeezed('Latest figures, as published up to 14 Jan 2026'));
    // The monthly chart is the page's own component: its marks carry the published figures.
    expect(svg).toMatch(/data-month="2025-04" data-value="2987"/);
  });

  it('shows them in Japanese with the page’s 万 and 億円 formats', () => {
    const svg = renderShareCardSvg(snapshot, 'ja', null, address('ja', null));
    const text = words(svg);
    for (const figure of [
      '1万7559',
      '7,393億円',
      '9,510',
      ja.headline.total.total_fraudulent_trades,
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).toContain(squeezed('最新の数値（2026年1月14日公表分まで）'));
    expect(text).toContain('出典：金融庁');
    expect(svg).toContain(`>${ja.counts.trades}</text>`);
  });

  it('gives each chart its takeaway and the axis of its own language', () => {
    const yen = renderShareCardSvg(snapshot, 'ja', 'yen-amounts', address('ja', 'yen-amounts'));
    expect(words(yen)).toContain(squeezed('2,930億円'));
    expect(yen).toContain(`>${ja.amounts.yAxis}</text>`);
    const yenEn = renderShareCardSvg(snapshot, 'en', 'yen-amounts', address('en', 'yen-amounts'));
    expect(yenEn).toContain('>¥300bn</text>');
    expect(words(yenEn)).toContain(squeezed('¥293bn of fraudulent sells and buys combined'));
    const history = renderShareCardSvg(snapshot, 'en', 'revision-history', '');
    expect(words(history)).toContain(
      squeezed('Apr 2025 fraudulent trades were first published as 736'),
    );
  });

  it('keeps an address with markup characters as text', async () => {
    const hostile = 'https://example.org/?lang=ja&x="<svg onload=1>"';
    const svg = renderShareCardSvg(snapshot, 'en', 'brokers', hostile);
    expect(svg).not.toContain('<svg onload');
    expect(svg).toContain('&amp;x=&quot;&lt;svg onload=1&gt;&quot;');
    expect(pngSize(await rasteriseShareCard(svg))).toEqual({ width: 1200, height: 630 });
  });

  it('names each card’s file as the pages’ og:image tags expect', () => {
    expect(cardPath({ lang: 'en', chart: null })).toBe('cards/en.png');
    expect(cardPath({ lang: 'ja', chart: 'revision-history' })).toBe(
      'cards/ja-revision-history.png',
    );
  });

  it('renders in the card’s language and then restores the language it found', () => {
    setLanguage('en');
    renderShareCardSvg(snapshot, 'ja', 'stocks', address('ja', 'stocks'));
    expect(currentLanguage()).toBe('en');
    setLanguage('ja');
    const english = renderShareCardSvg(snapshot, 'en', 'stocks', address('en', 'stocks'));
    expect(currentLanguage()).toBe('ja');
    expect(english).toContain(`<title>${en.stocks.title}</title>`);
    setLanguage('en');
  });
});
