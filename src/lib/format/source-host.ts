import { remembered } from './remembered.ts';

/** "https://www.fsa.go.jp/ordinary/…" → "fsa.go.jp": a short, readable name for a source link. */
export const sourceHost = remembered((url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
});
