import { SLIDES, type SlideId } from '$lib/view-state';

export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

const KEYS: Record<string, SlideMove> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** What a key press asks of the slides, or null where it belongs to something else. */
export function slideMove(event: KeyboardEvent): SlideMove | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, select, textarea, [contenteditable]')) return null;
  // A focused button or link acts on Space and Enter itself.
  if (event.key === ' ' && target?.closest('button, a[href], summary')) return null;
  return KEYS[event.key] ?? null;
}

/** The slide a move leads to (the ends stay where they are). */
export function movedSlide(slide: SlideId, move: Exclude<SlideMove, 'leave'>): SlideId {
  const index = SLIDES.indexOf(slide);
  const last = SLIDES.length - 1;
  const to = {
    next: Math.min(last, index + 1),
    previous: Math.max(0, index - 1),
    first: 0,
    last,
  }[move];
  return SLIDES[to] ?? slide;
}
