import type { Language } from '$lib/view-state';

const chosen = $state<{ lang: Language }>({ lang: 'en' });
let source: () => Language = () => chosen.lang;

/** The interface's language. Read inside a template or $derived, a switch re-renders. */
export function currentLanguage(): Language {
  return source();
}

/** From now on the language is the reader's view's (read reactively, so it follows the address). */
export function followLanguage(of: () => Language): void {
  source = of;
}

/** Fixes the language (the build renders English; tests switch). */
export function setLanguage(lang: Language): void {
  chosen.lang = lang;
  source = () => chosen.lang;
}
