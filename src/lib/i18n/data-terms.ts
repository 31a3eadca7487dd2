import { currentLanguage } from './language.svelte';

/**
 * Japanese for the data's own fixed vocabulary (stock roles, volume baselines); the tables' and
 * columns' descriptions are in `ja-schema.ts`. Free text from the data (a broker's compensation
 * policy, a note) is shown as published; a term not listed here stays as written.
 */
const JAPANESE: Readonly<Record<string, string>> = {
  'suspected pump target': '株価つり上げの標的とみられる銘柄',
  'pump target (reported)': '株価つり上げの標的（報道）',
  'pump target in first arrest case': '初の逮捕事件で株価つり上げの標的となった銘柄',
  'sold from a hijacked account': '乗っ取られた口座から売却された銘柄',
  'bought through a hijacked account': '乗っ取られた口座を通じて買い付けられた銘柄',
  'previous trading day volume': '前営業日の売買高',
  '6-month average daily volume': '過去6か月の1日平均売買高',
};

/** A term from the data in the page's language, where a translation is known. */
export function dataTerm(text: string): string {
  return currentLanguage() === 'ja' ? (JAPANESE[text] ?? text) : text;
}
