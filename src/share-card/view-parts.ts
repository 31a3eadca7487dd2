import { attribute, findAll, findFirst, hasClass, textOf, type Element } from './html-parts';

export interface LegendEntry {
  /** The swatch's drawing, the inside of its 22×12 `<svg>`. */
  swatch: string;
  label: string;
}

/** What a card takes from a chart's view: its words, legend, plot and source line. */
export interface ViewParts {
  title: string;
  takeaway: string | null;
  legend: LegendEntry[];
  /** The inside of the `.plot` element: the chart's SVG (and, for stocks, rows of HTML). */
  plot: string;
  sources: string;
}

const byClass = (name: string, tag?: string) => (element: Element) =>
  hasClass(element, name) && (!tag || element.tag === tag);

function legendEntries(markup: string): LegendEntry[] {
  const legend = findFirst(markup, byClass('legend', 'ul'));
  return findAll(legend?.inner ?? '', (element) => element.tag === 'li').map((item) => {
    const swatch = findFirst(item.inner, (element) => element.tag === 'svg');
    return {
      swatch: swatch?.inner ?? '',
      label: textOf(item.inner.replace(swatch?.outer ?? '', '')),
    };
  });
}

/** The parts of the chart `figure[data-chart=ID]` in a view's server-rendered markup. */
export function viewParts(markup: string, chartId: string): ViewParts {
  const figure = findFirst(
    markup,
    (element) => element.tag === 'figure' && attribute(element, 'data-chart') === chartId,
  );
  if (!figure) throw new Error(`the view renders no figure[data-chart="${chartId}"]`);
  const title = findFirst(
    figure.inner,
    (element) => attribute(element, 'id') === `${chartId}-title`,
  );
  const takeaway = findFirst(figure.inner, byClass('takeaway'));
  const plot = findFirst(figure.inner, byClass('plot'));
  if (!title || !plot) throw new Error(`the chart ${chartId} is not ready to draw`);
  return {
    title: textOf(title.inner),
    takeaway: takeaway ? textOf(takeaway.inner) : null,
    legend: legendEntries(figure.inner),
    plot: plot.inner,
    sources: textOf(findFirst(figure.inner, byClass('sources'))?.inner ?? ''),
  };
}

export interface HeadlineTotal {
  label: string;
  value: string;
  span: string;
  fullYear: boolean;
}

/** The key figures of the page's headline: the stated totals, as the page words them. */
export function headlineTotals(markup: string): HeadlineTotal[] {
  return findAll(markup, (element) => attribute(element, 'data-total') !== null).map((total) => ({
    label: textOf(findFirst(total.inner, (element) => element.tag === 'dt')?.inner ?? ''),
    value: textOf(findFirst(total.inner, byClass('value'))?.inner ?? ''),
    span: textOf(findFirst(total.inner, byClass('span'))?.inner ?? ''),
    fullYear: attribute(total, 'data-full-year') === 'true',
  }));
}

/** The headline's sentence (the rise in fraudulent trades), without its source note. */
export function headlineRise(markup: string): string | null {
  const rise = findFirst(markup, byClass('rise'));
  if (!rise) return null;
  const note = findFirst(rise.inner, (element) => element.tag === 'small');
  return textOf(rise.inner.replace(note?.outer ?? '', ''));
}
