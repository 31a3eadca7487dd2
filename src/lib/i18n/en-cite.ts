import { DATASET } from '$lib/dataset/about';

/** The words of "Cite this" and the citations' own text; a second language implements this. */
export interface CiteWords {
  heading: string;
  intro: (release: string) => string;
  /** Follows a citation format's name ("APA", "BibTeX"): nothing in English, 形式 in Japanese. */
  formSuffix: string;
  copy: string;
  copied: string;
  notCopied: string;
  /** The dataset's title, as cited. */
  datasetTitle: string;
  apa: (year: string, title: string, version: string, address: string) => string;
  /** BibTeX's note field. */
  bibNote: (version: string) => string;
  /** Beside the link to datapackage.json in the downloads. */
  dataPackage: string;
}

export const citeWords: CiteWords = {
  heading: 'Cite this',
  intro: (release) => `The dataset as of its latest release, ${release}.`,
  formSuffix: '',
  copy: 'Copy',
  copied: 'Copied.',
  notCopied: 'Could not copy: select the text and copy it.',
  datasetTitle: DATASET.title,
  apa: (year, title, version, address) =>
    `Takeover Watch. (${year}). ${title} (Version ${version}) [Data set]. ${address}`,
  bibNote: (version) => `Data set: the FSA's figures as published up to its ${version} release`,
  dataPackage:
    'Every table’s columns, types, units, keys, licence and sources, as a Frictionless Data Package',
};
