import type { EventCategory } from '$lib/schema/context-tables';

export type KeyEventId = 'firstTable' | 'ministerRequest' | 'mfaMandatory';

/**
 * The few events named on the time charts themselves; every other event is a marker only, so the
 * labels stay readable on a phone. Chosen by date and category because some days hold two events:
 * - 2025-04-18 regulator: the FSA's first table of monthly figures (the headline's source).
 * - 2025-04-22 regulator: Minister Kato's request that brokers deal with victims in good faith.
 * - 2025-10-15 regulator: the supervisory guideline that makes MFA mandatory. Earlier industry
 *   pledges (JSDA 58 firms on 04-25, 72 firms on 05-09) were promises; this is the rule.
 */
export const KEY_EVENTS: readonly { date: string; category: EventCategory; id: KeyEventId }[] = [
  { date: '2025-04-18', category: 'regulator', id: 'firstTable' },
  { date: '2025-04-22', category: 'regulator', id: 'ministerRequest' },
  { date: '2025-10-15', category: 'regulator', id: 'mfaMandatory' },
];

export function keyEventOf(date: string, category: string): KeyEventId | null {
  return KEY_EVENTS.find((key) => key.date === date && key.category === category)?.id ?? null;
}
