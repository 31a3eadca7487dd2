/** The words of image export and embedding; a second language implements this. */
export interface ExportWords {
  downloadSvg: string;
  downloadPng: string;
  /** Read out for the buttons, with the chart's title. */
  downloadSvgLabel: (title: string) => string;
  downloadPngLabel: (title: string) => string;
  exportFailed: string;
  embed: string;
  embedLabel: (title: string) => string;
  embedIntro: string;
  embedCodeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The iframe's title, for screen readers on the page that embeds it. */
  embedFrameTitle: (title: string) => string;
  /** A comment inside the snippet, above its resizing script. */
  resizeComment: string;
  /** The embedded chart's link back to the whole dashboard. */
  fullPage: string;
  /** The date of the figures in an exported image: one release. */
  publishedOn: (date: string) => string;
  /** The same for the latest figures, each month as its newest release has it. */
  latestUpTo: (date: string) => string;
}

export const exportWords: ExportWords = {
  downloadSvg: 'SVG',
  downloadPng: 'PNG',
  downloadSvgLabel: (title) => `Download “${title}” as an SVG image`,
  downloadPngLabel: (title) => `Download “${title}” as a PNG image`,
  exportFailed: 'The image could not be made in this browser.',
  embed: 'Embed',
  embedLabel: (title) => `Embed “${title}” in another page`,
  embedIntro:
    'Paste this into your page. The script is optional: it makes the frame as tall as the chart.',
  embedCodeLabel: 'Code to embed this chart',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and copy it yourself.',
  embedFrameTitle: (title) => `Takeover Watch chart: ${title}`,
  resizeComment: 'Optional: fits the frame to the chart’s height.',
  fullPage: 'See the whole dashboard, with tables and every source',
  publishedOn: (date) => `Figures as published on ${date}`,
  latestUpTo: (date) => `Latest figures, as published up to ${date}`,
};
