import type { Language, SlideId } from '$lib/view-state';

/** Where a card's PNG is written, relative to the site's base: `cards/ja.png`, `cards/en-stocks.png`. */
export function shareCardFile(lang: Language, chart: SlideId | null): string {
  return `cards/${lang}${chart ? `-${chart}` : ''}.png`;
}
