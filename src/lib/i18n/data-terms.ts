import { currentLanguage } from './language.svelte';

/**
 * Japanese for the data's own fixed vocabulary (stock roles, volume baselines) and the tables'
 * descriptions. Free text from the data (a broker's compensation policy, a note) is shown as
 * published; a term not listed here stays as written.
 */
const JAPANESE: Readonly<Record<string, string>> = {
  'suspected pump target': '株価つり上げの標的とみられる銘柄',
  'pump target (reported)': '株価つり上げの標的（報道）',
  'pump target in first arrest case': '初の逮捕事件で株価つり上げの標的となった銘柄',
  'sold from a hijacked account': '乗っ取られた口座から売却された銘柄',
  'bought through a hijacked account': '乗っ取られた口座を通じて買い付けられた銘柄',
  'previous trading day volume': '前営業日の売買高',
  '6-month average daily volume': '過去6か月の1日平均売買高',
  'One row per FSA update of its warning page, with the running totals it stated':
    '金融庁の注意喚起ページの更新1回につき1行。その回に示された累計を含む',
  'One row per (release, month): the month as that release published it':
    '公表回と月の組ごとに1行。その公表回が示した当該月の数値',
  'Securities firms with reported fraudulent trades': '不正取引が報告された証券会社',
  'Stocks reported as traded through hijacked accounts':
    '乗っ取られた口座を通じて売買されたと報じられた銘柄',
  'Dated events for timeline annotations': '時系列の注記に使う日付付きの出来事',
  'One row per incident (a reader’s upload, not published FSA figures)':
    '事案1件につき1行（読者のアップロード。金融庁の公表値ではない）',
};

/** A term from the data in the page's language, where a translation is known. */
export function dataTerm(text: string): string {
  return currentLanguage() === 'ja' ? (JAPANESE[text] ?? text) : text;
}
