/** Where an open list sits, in pixels from the top left of the chart's plot area. */
export interface PopoverPlace {
  left: number;
  top: number;
  width: number;
}

/** The open list: which marker, why, and where. Focus (or a tap) keeps it open; hover does not. */
export interface OpenList extends PopoverPlace {
  marker: number;
  by: 'hover' | 'focus';
}

const MAX_WIDTH = 352;

function place(mark: Element): PopoverPlace {
  const plot = mark.closest('.plot') ?? mark.parentElement;
  const box = plot?.getBoundingClientRect() ?? new DOMRect();
  const markBox = mark.getBoundingClientRect();
  const width = Math.min(MAX_WIDTH, box.width);
  const centre = markBox.left + markBox.width / 2 - box.left;
  const left = Math.min(Math.max(0, centre - width / 2), box.width - width);
  return { left, top: markBox.bottom - box.top + 4, width };
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

  private show(marker: number, target: EventTarget | null, by: OpenList['by']): void {
    if (target instanceof Element) this.open = { marker, by, ...place(target) };
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
        this.show(marker, event.currentTarget, 'focus');
      },
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          if (isOpen()) this.close();
          else this.show(marker, event.currentTarget, 'focus');
        } else if (event.key === 'Escape' && isOpen()) {
          // Handled here, so that presentation mode does not also leave on this Escape.
          event.preventDefault();
          this.close();
        }
      },
    };
  }
}
