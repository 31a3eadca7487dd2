import type { Language } from '$lib/view-state';
import { en } from './en';
import { cardWords as enCardWords } from './en-card';
import { errorWords as enErrorWords } from './en-errors';
import { schemaWords as enSchemaWords } from './en-schema';
import { annotationWords as enAnnotationWords } from './en-annotations';
import { exportWords as enExportWords } from './en-export';
import { pageWords as enPageWords } from './en-pages';
import { presentWords as enPresentWords } from './en-present';
import { uploadChartWords as enUploadChartWords } from './en-upload-charts';
import { ja } from './ja';
import { jaCardWords } from './ja-card';
import { jaErrorWords } from './ja-errors';
import { jaSchemaWords } from './ja-schema';
import { jaAnnotationWords } from './ja-annotations';
import { jaExportWords } from './ja-export';
import { jaPageWords } from './ja-pages';
import { jaPresentWords } from './ja-present';
import { jaUploadChartWords } from './ja-upload-charts';
import { currentLanguage } from './language.svelte';
import { citeWords as enCiteWords } from './en-cite';
import { jaCiteWords } from './ja-cite';
import { releaseChangeWords as enReleaseChangeWords } from './en-release-changes';
import { jaReleaseChangeWords } from './ja-release-changes';

export type { Dictionary } from './en';

/**
 * One object whose every property comes from the current language's dictionary. Read inside a
 * template or $derived, it re-renders when the language changes. Plain getters rather than a
 * Proxy: templates read these thousands of times per update, and getters are much cheaper.
 */
export function byLanguage<T extends object>(dictionaries: Readonly<Record<Language, T>>): T {
  const words = {} as T;
  for (const key of Object.keys(dictionaries.en))
    Object.defineProperty(words, key, {
      get: () => (dictionaries[currentLanguage()] as Record<string, unknown>)[key],
      enumerable: true,
    });
  return words;
}

/** The interface's words, in the reader's language. */
export const t = byLanguage({ en, ja });

/** The words of the charts drawn from a reader's own file. */
export const uploadChartWords = byLanguage({ en: enUploadChartWords, ja: jaUploadChartWords });

/** The words of event markers and their filter. */
export const annotationWords = byLanguage({ en: enAnnotationWords, ja: jaAnnotationWords });

/** The words of image downloads and embeds. */
export const exportWords = byLanguage({ en: enExportWords, ja: jaExportWords });

/** The words of the share cards drawn at build time. */
export const cardWords = byLanguage({ en: enCardWords, ja: jaCardWords });

/** The words of presentation mode and the printed briefing. */
export const presentWords = byLanguage({ en: enPresentWords, ja: jaPresentWords });

/** The words of the site's pages (titles, descriptions, share cards) and of sharing a chart. */
export const pageWords = byLanguage({ en: enPageWords, ja: jaPageWords });

/** The words around an engine's error, and the SQL console's refusals. */
export const errors = byLanguage({ en: enErrorWords, ja: jaErrorWords });

/** The tables' and columns' descriptions and units. */
export const schemaWords = byLanguage({ en: enSchemaWords, ja: jaSchemaWords });

/** The words of "What changed in this release". */
export const releaseChangeWords = byLanguage({
  en: enReleaseChangeWords,
  ja: jaReleaseChangeWords,
});

/** The words of "Cite this" and of the citations. */
export const citeWords = byLanguage({ en: enCiteWords, ja: jaCiteWords });
