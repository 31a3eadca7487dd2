/** What a tooltip says about one mark. */
export interface TipContent {
  title: string;
  lines: readonly string[];
}

/** A tip placed beside its mark, in pixels from the top left of the chart's plot area. */
export interface PlacedTip extends TipContent {
  left: number;
  top: number;
  flip: boolean;
}

function place(mark: Element, content: TipContent): PlacedTip {
  const plot = mark.closest('.plot') ?? mark.parentElement;
  const box = plot?.getBoundingClientRect();
  const markBox = mark.getBoundingClientRect();
  const left = markBox.left + markBox.width / 2 - (box?.left ?? 0);
  const top = markBox.top + Math.min(markBox.height / 2, 12) - (box?.top ?? 0);
  return { ...content, left, top, flip: left > (box?.width ?? 0) * 0.6 };
}

/** The one tooltip a chart shows at a time, opened by pointer or keyboard focus on a mark. */
export class TooltipState {
  tip = $state.raw<PlacedTip | null>(null);

  hide(): void {
    this.tip = null;
  }

  /** Event handlers that open the tip on hover and focus and close it on leave and blur. */
  handlers(content: TipContent) {
    const open = (event: Event) => {
      if (event.currentTarget instanceof Element) this.tip = place(event.currentTarget, content);
    };
    const close = () => this.hide();
    return { onpointerenter: open, onfocus: open, onpointerleave: close, onblur: close };
  }

  /**
   * Listens on a whole chart (an attachment for its svg) in place of `handlers` on each of its
   * marks: the marks are what matches `marks`, and `contentOf` says what the tip of one says. The
   * same opening and closing, with no listener per mark to replace when the chart redraws.
   */
  delegate(marks: string, contentOf: (mark: Element) => TipContent | null) {
    const markOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest(marks) : null;
    const open = (event: Event) => {
      const mark = markOf(event.target);
      const content = mark && contentOf(mark);
      if (mark && content) this.tip = place(mark, content);
    };
    /** Leaving a mark, or its focus: not moving inside it. */
    const close = (event: Event) => {
      const mark = markOf(event.target);
      const to =
        event instanceof FocusEvent || event instanceof MouseEvent ? event.relatedTarget : null;
      if (mark && markOf(to) !== mark) this.hide();
    };
    const listeners = { pointerover: open, focusin: open, pointerout: close, focusout: close };
    return (chart: Element) => {
      for (const [type, listener] of Object.entries(listeners))
        chart.addEventListener(type, listener);
      return () => {
        for (const [type, listener] of Object.entries(listeners))
          chart.removeEventListener(type, listener);
      };
    };
  }
}
