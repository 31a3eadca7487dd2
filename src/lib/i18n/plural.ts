import { formatCount } from '$lib/format/numbers';
import type { Language } from '$lib/view-state';

const RULES: Readonly<Record<Language, Intl.PluralRules>> = {
  en: new Intl.PluralRules('en'),
  ja: new Intl.PluralRules('ja'),
};

/**
 * A count with its noun in the right form: "1 row", "2 rows", "0 rows". Japanese has no plural
 * (its rules give "other" for every number); it takes a counter instead: `countOf('ja', 1, '行')`
 * is "1行".
 */
export function countOf(language: Language, count: number, one: string, other = one): string {
  const form = RULES[language].select(count) === 'one' ? one : other;
  return language === 'ja' ? `${formatCount(count)}${form}` : `${formatCount(count)} ${form}`;
}
