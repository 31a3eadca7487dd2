/** A range of months being chosen by dragging (or one month by clicking) across a chart. */
export class MonthBrush {
  anchor = $state<string | null>(null);
  current = $state<string | null>(null);

  constructor(
    private readonly monthAt: (x: number) => string | null,
    private readonly onchoose: (from: string, to: string) => void,
  ) {}

  /** The range being dragged, oldest month first. */
  get dragging(): [string, string] | null {
    if (!this.anchor || !this.current) return null;
    return this.anchor <= this.current ? [this.anchor, this.current] : [this.current, this.anchor];
  }

  #x(event: PointerEvent): number {
    const surface = event.currentTarget as SVGGraphicsElement;
    const svg = surface.ownerSVGElement ?? surface;
    const box = svg.getBoundingClientRect();
    const width = Number(svg.getAttribute('width')) || box.width;
    return ((event.clientX - box.left) * width) / (box.width || 1);
  }

  start = (event: PointerEvent) => {
    if (!event.isPrimary || event.button !== 0) return;
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    this.anchor = this.current = this.monthAt(this.#x(event));
  };

  move = (event: PointerEvent) => {
    if (this.anchor) this.current = this.monthAt(this.#x(event));
  };

  /** A drag the browser took over (a scroll on a touch screen) chooses nothing. */
  cancel = () => {
    this.anchor = this.current = null;
  };

  end = () => {
    const range = this.dragging;
    this.anchor = this.current = null;
    if (range) this.onchoose(range[0], range[1]);
  };
}
