import type { ReadOnlyProblem } from '$lib/sql/read-only';
import type { Position, RecognisedError } from './engine-error';

type Explained = {
  readonly [C in RecognisedError['code']]: (error: Extract<RecognisedError, { code: C }>) => string;
};

/** The words around an engine's error: what it means, where it points, and its own words. */
export interface ErrorWords {
  explain: Explained;
  at: (position: Position | null) => string;
  /** Introduces the engine's (DuckDB's, the browser's, the data check's) own words, in English. */
  engineSaid: string;
  readOnly: {
    readonly [C in ReadOnlyProblem['code']]: (
      problem: Extract<ReadOnlyProblem, { code: C }>,
    ) => string;
  };
}

export const errorWords: ErrorWords = {
  explain: {
    syntax: ({ near, at }) =>
      `DuckDB could not read the SQL${near ? ` near “${near}”` : ''}${at ? ` ${errorWords.at(at)}` : ''}: check the spelling and punctuation there.`,
    'missing-table': ({ name, at, meant }) =>
      `There is no table or view called ${name}${at ? ` (${errorWords.at(at)})` : ''}${meant ? `: did you mean ${meant}? The` : '; the'} schema browser lists them.`,
    'missing-column': ({ name, at }) =>
      `There is no column called ${name} in the tables the query reads${at ? ` (${errorWords.at(at)})` : ''}.`,
    'missing-function': ({ name, at }) =>
      `DuckDB has no function called ${name}${at ? ` (${errorWords.at(at)})` : ''}.`,
    conversion: ({ value, type }) => `The value “${value}” cannot be turned into ${type}.`,
    blocked: () =>
      'The query tried to read a file or address outside the loaded tables; only the loaded tables can be read here.',
    'read-only': () => 'The query tried to change a setting or the data, which is locked.',
    interrupted: () => 'The query was stopped.',
  },
  at: (position) =>
    position === null
      ? ''
      : position.column === null
        ? `on line ${position.line}`
        : `on line ${position.line}, column ${position.column}`,
  engineSaid: 'As reported:',
  readOnly: {
    'no-statement': () => 'There is no query to run.',
    'several-statements': () => 'Run one statement at a time.',
    writes: ({ keyword }) =>
      `Only queries that read the data can run here (SELECT, WITH, FROM, DESCRIBE…), not ${keyword || 'this statement'}: the loaded figures stay as published.`,
    unknown: ({ keyword, meant }) =>
      `No statement starts with ${keyword}${meant ? `: did you mean ${meant}?` : '.'} A query here starts with SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SUMMARIZE or SHOW.`,
  },
};
