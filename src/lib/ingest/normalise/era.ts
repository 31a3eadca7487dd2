export type EraName = 'reiwa' | 'heisei';

export interface Era {
  readonly kanji: string;
  /** Gregorian year = offset + era year; year 1 is written 元年. */
  readonly offset: number;
  /** First and last days as ISO text; `null` for an era still running. */
  readonly first: string;
  readonly last: string | null;
}

export const ERAS: Readonly<Record<EraName, Era>> = {
  reiwa: { kanji: '令和', offset: 2018, first: '2019-05-01', last: null },
  heisei: {
    kanji: '平成',
    offset: 1988,
    first: '1989-01-08',
    last: '2019-04-30',
  },
};

/** The Gregorian year of an era's year: eraYear('reiwa', 7) is 2025. */
export function eraYear(era: EraName, year: number): number {
  return ERAS[era].offset + year;
}
