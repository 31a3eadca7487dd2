/** What a tooltip says about one mark, and where the mark is (SVG units). */
export interface Tip {
  x: number;
  y: number;
  title: string;
  lines: readonly string[];
}

/** The one tooltip a chart shows at a time, opened by pointer or keyboard focus on a mark. */
export class TooltipState {
  tip = $state.raw<Tip | null>(null);

  show(tip: Tip): void {
    this.tip = tip;
  }

  hide(): void {
    this.tip = null;
  }

  /** Event handlers that open the tip on hover and focus and close it on leave and blur. */
  handlers(tip: Tip) {
    const open = () => this.show(tip);
    const close = () => this.hide();
    return { onpointerenter: open, onfocus: open, onpointerleave: close, onblur: close };
  }
}
