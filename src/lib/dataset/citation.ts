import { DATASET } from './about';

export interface CitationParts {
  readonly title: string;
  readonly version: string;
  /** The release's date: 'YYYY-MM-DD', or 'YYYY-MM' where the day is unknown. */
  readonly date: string;
  readonly address: string;
  readonly note: string;
}

/** BibTeX's special characters in text fields (a URL inside \url{} needs none). */
const bibText = (text: string) => text.replace(/[\\{}%&#_$^~]/g, (char) => `\\${char}`);

/** The dataset as a BibTeX @misc entry, keyed by its version. */
export function bibtex({ title, version, date, address, note }: CitationParts): string {
  const fields = [
    ['author', `{${bibText(DATASET.author)}}`],
    ['title', bibText(title)],
    ['year', date.slice(0, 4)],
    ['version', version],
    ['howpublished', `\\url{${address}}`],
    ['note', bibText(note)],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${DATASET.name.replaceAll('-', '')}_${version.replaceAll('-', '_')},\n${body}\n}`;
}
