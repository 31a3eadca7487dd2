import type { MessageOf, UploadMessage, UploadMessageCode } from '$lib/upload/upload-message';
import { formatCount } from '$lib/format/numbers';
import { workbookMessageWords } from './en-workbook';
import { countOf } from './plural';

/** How each upload message reads; `say` renders a message nested in another. */
export type UploadMessageWords = {
  readonly [C in UploadMessageCode]: (
    message: MessageOf<C>,
    say: (nested: UploadMessage) => string,
  ) => string;
};

const MONTHS =
  'January February March April May June July August September October November December';

/** "2019-05-01" as "1 May 2019", for reasons a reader can check against a calendar. */
function dayInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS.split(' ')[(month ?? 1) - 1]} ${year}`;
}

const ERA = { reiwa: 'Reiwa', heisei: 'Heisei' } as const;
const UNDERSTOOD = '(digits, separators, 約, 万/億 and a unit are understood)';

/** A size as the reader thinks of it: gigabytes to one decimal, whole megabytes, else kilobytes. */
function sizeText(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  const megabytes = Math.floor(bytes / 1_000_000);
  return megabytes >= 1 ? `${megabytes} MB` : `${Math.max(1, Math.floor(bytes / 1000))} KB`;
}

export const uploadMessageWords: UploadMessageWords = {
  empty: () => 'is empty',
  required: () => 'is required and may not be empty',
  'not-a-number': () => `is not a number ${UNDERSTOOD}`,
  'number-letters': () => `contains letters ${UNDERSTOOD}`,
  'number-japanese-comma': () =>
    'has a Japanese comma 、, which lists things and does not separate thousands',
  'number-two-points': () => 'has two decimal points',
  'number-repeated-unit': () => 'repeats 万 or 億',
  'number-units-order': () => 'has 万 before 億; the larger unit comes first, as in 3億2000万',
  'number-unknown-unit': () => 'uses 千 or 兆; only 万 and 億 are understood',
  'number-sign-after': () => 'has a sign after its digits; a sign comes first, as in ▲789 or -789',
  'number-bad-grouping': () =>
    'has a comma that does not split the digits into groups of three, as 1,422 does',
  'number-space': () => 'has a space between its digits',
  'number-decimal-in-parts': () =>
    'has a decimal point in a number written in 万/億 parts; write 1.2億 or 1億2000万',
  'number-overlap-oku-man': () => 'has 10,000 or more between 億 and 万, so its parts overlap',
  'number-overlap-man': () => 'has 10,000 or more after 万, so its parts overlap',
  'number-overlap-oku': () => 'has 100,000,000 or more after 億, so its parts overlap',
  'number-two-signs': () => 'has two signs',
  'number-yen-and-unit': ({ unit }) => `has both ¥ and ${unit}`,
  'number-too-large': () =>
    'is beyond 9,007,199,254,740,991, the largest whole number a double holds exactly',
  'count-is-yen': () => 'is an amount of yen, not a count',
  'count-negative': () => 'is negative; a count cannot be',
  'count-not-whole': () => 'is not a whole number',
  'amount-not-yen': ({ unit }) => `is in ${unit}, not an amount of yen`,
  'amount-negative': () => 'is negative; this column holds amounts of 0 or more',
  'not-a-date': () =>
    'is not a date (YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 and 令和/平成 dates such as R7.4.16 are understood)',
  'not-a-month': () =>
    'is not a month (YYYY-MM, YYYY/M, YYYY.M, YYYY年M月 and 令和/平成 months such as R7.4 are understood)',
  'not-a-calendar-date': () => 'is not a calendar date',
  'date-without-day': () => 'is a month without a day',
  'date-year-last': () =>
    'puts the year last (as in 04/16/2025 or 16/04/2025), so day and month cannot be told apart; write 2025-04-16',
  'date-year-after-month': () => 'puts the year after the month; write 2025-04',
  'date-two-digit-year': () => 'has a two-digit year, which is ambiguous; write 2025 or 令和7年',
  'date-no-year': () => 'has no year',
  'date-old-era': () => 'is in an era before Heisei; only 令和 and 平成 are understood',
  'date-time-of-day': () => 'has a time of day as well as a date',
  'date-mixed-separators': () => 'mixes separators; use one, as in 2025-04-16 or 2025/4/16',
  'date-year-only': () => 'is a year without a month',
  'date-eight-digits': () => 'is eight digits without separators; write 2025-04-16',
  'date-era-year-zero': () => 'has era year 0; an era starts at year 1 (元年)',
  'date-month-out-of-range': ({ month }) => `has month ${month}; months run from 1 to 12`,
  'date-no-such-day': ({ date }) => `is ${date}, a day that does not exist`,
  'date-before-era': ({ written, era, first }) =>
    `is ${written}, before the ${ERA[era]} era began on ${dayInWords(first)}`,
  'date-after-era': ({ written, era, last }) =>
    `is ${written}, after the ${ERA[era]} era ended on ${dayInWords(last)}`,
  'not-a-web-address': () => 'must be a web address starting with http:// or https://',
  'not-one-of': ({ values }) => `must be one of: ${values.join(', ')}`,
  'line-fewer-cells': () => 'has fewer cells than the header',
  'line-more-cells': () => 'has more cells than the header',
  'line-unclosed-quote': () =>
    'has a quote that is not closed where the cell ends; the rest of the quoted text was not read',
  'line-bad-encoding': () => 'is not valid text in the file’s encoding',
  'line-unreadable': () => 'could not be read as a row of the table',
  'line-too-long': ({ bytes }) =>
    `the line is ${countOf('en', bytes, 'byte', 'bytes')} long, more than a row of a table can be; it was not read`,
  'file-empty': () => 'the file is empty',
  'file-binary': () =>
    'this looks like a binary file (an image or an archive, say), neither a table of text nor an Excel workbook; save the table as CSV or .xlsx and upload that',
  'file-unreadable': () =>
    'the file is not text in any encoding we read (UTF-8, Shift_JIS, UTF-16, Windows-1252); save it as UTF-8 CSV ("CSV UTF-8" in Excel) and upload it again, or choose its encoding',
  'file-blank': () => 'the file holds only blank lines',
  'file-header-only': () => 'the file has a header row and no rows of data under it',
  'file-first-line-too-long': ({ bytes }) =>
    `line 1 is longer than ${sizeText(bytes)}; this does not look like a table`,
  'fsa-duplicate-figure': ({ first, second }) =>
    `two rows of the FSA table give the same figure (${first} and ${second}); keep one and upload again`,
  'fsa-figures-without-month': ({ column }) =>
    `column ${column} of the FSA table has figures but no month above them; add the month and upload again`,
  'fsa-unreadable-month': ({ column }) =>
    `the FSA table's column ${column} is not a month we can read; write it like 2025年4月 or 2025-04 and upload again`,
  'fsa-no-such-day': ({ column }) =>
    `the FSA table's column ${column} ends on a day that month does not have`,
  'fsa-no-year': ({ columns }) =>
    `the FSA table's month columns (${columns.join(', ')}) do not say which year they are in; tell us the year`,
  'fsa-row-skipped': ({ label }) =>
    `row ${label || '(no label)'} is not one of the FSA's figures; it was not loaded`,
  'fsa-total-column': ({ column }) =>
    `column ${column} is a stated total, not a month; it was not loaded as a month`,
  'fsa-span-column': ({ column }) =>
    `column ${column} covers several months, not one; it was not loaded as a month`,
  'fsa-beyond-heading': ({ rows }) =>
    `${countOf('en', rows, 'row has', 'rows have')} figures to the right of the last column heading; ${rows === 1 ? 'it was' : 'they were'} not loaded`,
  'fsa-pivoted': () =>
    'The file is the FSA’s own table (one column per month); it was turned into one row per month, and line numbers count those rows: line 2 is the first month.',
  'unclosed-quote': ({ row }) =>
    `a quote in data row ${row} is never closed, so everything after it was read as one cell`,
  'row-above-table': ({ line, text }) =>
    `line ${line} (“${text}”) is above the table’s header, a title or note; it was not loaded`,
  'row-units': ({ line }) =>
    `line ${line} gives the columns’ units; they were read as units, not loaded as a row`,
  'row-total': ({ line, label }) =>
    `line ${line} (“${label}”) states a total; it was not loaded, so sums are not counted twice`,
  'row-footnote': ({ line, text }) => `line ${line} is a footnote (“${text}”); it was not loaded`,
  'rows-left-out-more': ({ totals, footnotes, first, last }) =>
    `and ${countOf('en', totals + footnotes, 'more line', 'more lines')} between line ${first} and line ${last} (${countOf('en', totals, 'total', 'totals')}, ${countOf('en', footnotes, 'footnote', 'footnotes')}) ${totals + footnotes === 1 ? 'was' : 'were'} not loaded either`,
  'empty-columns': ({ columns }) =>
    `${countOf('en', columns, 'column has', 'columns have')} neither a name nor a value (a comma at the end of the lines makes one); ${columns === 1 ? 'it was' : 'they were'} left out`,
  'plan-two-columns': ({ first, second, target }) =>
    `"${first}" and "${second}" both go to ${target}`,
  'plan-required': ({ column }) =>
    `${column} is required: map a column to it or give one value for all rows`,
  'plan-bad-constant': ({ column, value, reason }, say) => `${column} "${value}" ${say(reason)}`,
  'plan-merge-built-in-only': () => 'only a built-in table can be appended to or replaced',
  ...workbookMessageWords,
  'nothing-loaded': ({ file }) => `no row of ${file} could be loaded. Nothing was changed.`,
  'file-too-large': ({ fileBytes, limitBytes, fitsShare, fitsRows, command }) =>
    `${sizeText(fileBytes)} is more than this browser can hold: DuckDB in a web page may use ${sizeText(limitBytes)} of memory, and from the rows read so far this file would need more. About ${Math.floor(fitsShare * 100)}% of it would fit (about ${formatCount(fitsRows)} rows). Split the file into parts of that size, or save only the columns you need, and upload again; or run the same load with DuckDB on a computer: ${command}. Nothing was changed.`,
  'engine-read-failed': ({ line, column }) =>
    line === null
      ? 'DuckDB could not read the file as a table.'
      : `DuckDB could not read line ${line}${column === null ? '' : `, column ${column},`} of the file as a row of the table; check that line for a stray quote or a line break inside a cell.`,
  'merge-duplicate-key': ({ key, value, table, lines }) =>
    `${key.join(' + ')} ${value} would appear twice in ${table} (your line ${lines}). Nothing was changed.`,
  'merge-unknown-reference': ({ table, column, value, target }) =>
    `${table}.${column} ${value} would have no row in ${target}. Nothing was changed.`,
};
