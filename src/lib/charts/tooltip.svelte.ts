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
}
