import { currentLanguage } from './language.svelte';

/** A name published in both languages: the reader's first, the other beside it. */
export function namesInOrder(english: string, japanese: string | null) {
  const ja = currentLanguage() === 'ja' && japanese ? japanese : null;
  return ja
    ? { name: ja, nameLang: 'ja', other: english, otherLang: 'en' }
    : { name: english, nameLang: 'en', other: japanese, otherLang: 'ja' };
}
