/** Where an open list sits, in pixels from the top left of the chart's plot area. */
export interface PopoverPlace {
  left: number;
  top: number;
  width: number;
  /** Taller lists scroll within this height. */
  maxHeight: number;
}

/** The open list: which marker, why, and where. Focus (or a tap) keeps it open; hover does not. */
export interface OpenList extends PopoverPlace {
  marker: number;
  by: 'hover' | 'focus';
  /** Asked for by a tap, a click or a key: scrolled into view. Not by focus alone, which also
   * comes back with the window. */
  asked: boolean;
}

const MAX_WIDTH = 352;
const GAP = 4;
const MIN_HEIGHT = 128;
/** Of the screen's height: a list and the marker above it stay in view together. */
const SCREEN_SHARE = 0.7;
const ARROW_STEP = 48;

function place(mark: Element): PopoverPlace {
  const plot = mark.closest('.plot') ?? mark.parentElement;
  const box = plot?.getBoundingClientRect() ?? new DOMRect();
  const markBox = mark.getBoundingClientRect();
  const width = Math.min(MAX_WIDTH, box.width);
  const centre = markBox.left + markBox.width / 2 - box.left;
  const left = Math.min(Math.max(0, centre - width / 2), box.width - width);
  // The chart's card clips what reaches past its bottom edge (content-visibility contains its
  // paint): a group of twenty-five events, 2,700 px tall at 360 px, was cut off after eight.
  const card = (mark.closest('figure') ?? plot)?.getBoundingClientRect() ?? box;
  const room = Math.min(card.bottom - markBox.bottom - 2 * GAP, window.innerHeight * SCREEN_SHARE);
  return {
    left,
    top: markBox.bottom - box.top + GAP,
    width,
    maxHeight: Math.max(MIN_HEIGHT, room),
  };
}

/**
 * Scrolls the list a marker holds open by `by` pixels; false where it cannot move that way (at its
 * end, or short enough not to scroll), so that the key scrolls the page instead.
 */
function scrollList(marker: EventTarget | null, by: number): boolean {
  const id = marker instanceof Element ? marker.getAttribute('aria-controls') : null;
  const list = id ? document.getElementById(id) : null;
  if (!list) return false;
  const canMove =
    by > 0 ? list.scrollTop + list.clientHeight < list.scrollHeight - 1 : list.scrollTop > 0;
  if (canMove) list.scrollBy({ top: by });
  return canMove;
}

/**
 * The one list of events a chart shows at a time: opened by hovering, focusing or tapping a
 * marker, or by Enter or Space on it; closed by leaving it, Escape, or focus going elsewhere.
 */
export class EventPopover {
  open = $state.raw<OpenList | null>(null);

  close(): void {
    this.open = null;
  }

  private show(
    marker: number,
    target: EventTarget | null,
    by: OpenList['by'],
    asked = false,
  ): void {
    if (target instanceof Element) this.open = { marker, by, asked, ...place(target) };
  }

  /** The handlers of marker number `marker`. */
  handlers(marker: number) {
    const isOpen = () => this.open?.marker === marker;
    return {
      onpointerenter: (event: PointerEvent) => {
        // A touch opens the list by its tap (click); its enter and leave come and go at once.
        if (event.pointerType !== 'touch' && !(isOpen() && this.open?.by === 'focus'))
          this.show(marker, event.currentTarget, 'hover');
      },
      onpointerleave: () => {
        if (isOpen() && this.open?.by === 'hover') this.close();
      },
      onfocus: (event: FocusEvent) => this.show(marker, event.currentTarget, 'focus'),
      onblur: () => {
        if (isOpen()) this.close();
      },
      onclick: (event: MouseEvent) => {
        // Safari does not focus an SVG element that is tapped; focus keeps the list open.
        if (event.currentTarget instanceof SVGElement) event.currentTarget.focus();
        this.show(marker, event.currentTarget, 'focus', true);
      },
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          if (isOpen()) this.close();
          else this.show(marker, event.currentTarget, 'focus', true);
        } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && isOpen()) {
          // A list taller than its room scrolls with the arrows, as a list box does.
          const step = event.key === 'ArrowDown' ? ARROW_STEP : -ARROW_STEP;
          if (scrollList(event.currentTarget, step)) event.preventDefault();
        } else if (event.key === 'Escape' && isOpen()) {
          // Handled here, so that presentation mode does not also leave on this Escape.
          event.preventDefault();
          this.close();
        }
      },
    };
  }
}
