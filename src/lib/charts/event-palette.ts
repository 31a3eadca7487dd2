import type { EventCategory } from '$lib/schema/context-tables';

/**
 * One colour per event category, away from the series' blue and vermillion; each keeps 3:1
 * against the panel in both themes (light-dark() follows the page's colour scheme).
 */
export const EVENT_COLORS: Record<EventCategory, string> = {
  regulator: 'light-dark(#6a3d9a, #c7a4f0)',
  broker: 'light-dark(#8c510a, #e0b36e)',
  industry: 'light-dark(#00796b, #5fd3c3)',
  market: 'light-dark(#9e6a00, #f0c050)',
  media: 'light-dark(#ad1457, #f48fb1)',
  research: 'light-dark(#4a5c68, #a9bcc8)',
  'law-enforcement': 'var(--text)',
};
