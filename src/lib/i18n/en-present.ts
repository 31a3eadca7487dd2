/** The words of presentation mode and the printed briefing; a second language implements this. */
export interface PresentWords {
  /** The button that starts presentation mode. */
  present: string;
  presentHint: string;
  /** The slides' region, for assistive technology. */
  deck: string;
  previous: string;
  next: string;
  leave: string;
  /** The visible counter ("2 / 5"). */
  counter: (slide: number, total: number) => string;
  /** Read out on every change of slide. */
  announce: (slide: number, total: number, title: string) => string;
  keys: string;
  /** Printed on every page: the release the figures come from. */
  asPublished: (date: string) => string;
  asPublishedLatest: (date: string) => string;
  /** Printed on every page: where to find this view online. */
  address: string;
}

export const presentWords: PresentWords = {
  present: 'Present',
  presentHint: 'Show the charts as full-screen slides, one chart each',
  deck: 'Slides',
  previous: 'Previous slide',
  next: 'Next slide',
  leave: 'Leave presentation',
  counter: (slide, total) => `${slide} / ${total}`,
  announce: (slide, total, title) => `Slide ${slide} of ${total}: ${title}`,
  keys: '← → to move · Esc to leave',
  asPublished: (date) => `Figures as published on ${date}`,
  asPublishedLatest: (date) =>
    `Figures as published on ${date} (the newest release for each month)`,
  address: 'This view online:',
};
