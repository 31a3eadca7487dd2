import type { UploadMessage } from '$lib/upload/upload-message';
import type { Language } from '$lib/view-state';
import { uploadMessageWords, type UploadMessageWords } from './en-upload-messages';
import { jaUploadMessageWords } from './ja-upload-messages';
import { currentLanguage } from './language.svelte';

const WORDS: Readonly<Record<Language, UploadMessageWords>> = {
  en: uploadMessageWords,
  ja: jaUploadMessageWords,
};

/**
 * An upload message in words, in `language` (the page's, by default, so a template re-renders on
 * a switch). DuckDB's own words (a `detail`) are left to the caller, which shows them apart,
 * marked as English; `withDetail` appends them, for a plain-text download.
 */
export function messageText(
  message: UploadMessage,
  language: Language = currentLanguage(),
  withDetail = false,
): string {
  const words = WORDS[language];
  const say = (nested: UploadMessage): string => messageText(nested, language, withDetail);
  const render = words[message.code] as (
    message: UploadMessage,
    say: (nested: UploadMessage) => string,
  ) => string;
  const text = render(message, say);
  return withDetail && 'detail' in message ? `${text} (DuckDB: ${message.detail})` : text;
}
