/** What a cell's text looks like: a number, a full date or a month. Shapes only, no parsing. */

const NUMBER = /^[+\-−]?約?[¥$]?\d[\d,]*(\.\d+)?(%|円|万円?|億円?|件|社|人|株)?$/;
const FULL_DATE = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T].*)?$/,
  /^(\d{4}|(令和|平成)(\d{1,2}|元))年\d{1,2}月\d{1,2}日/,
  /^[RH]\d{1,2}[./]\d{1,2}[./]\d{1,2}$/i,
];
const MONTH = [/^\d{4}[-/.]\d{1,2}$/, /^(\d{4}|(令和|平成)(\d{1,2}|元))年\d{1,2}月(\(.*\))?$/];

const shapeOf = (cell: string) => cell.normalize('NFKC').trim().replace(/\s+/g, ' ');

export const isNumberLike = (cell: string) => NUMBER.test(shapeOf(cell).replace(/ /g, ''));

export const isFullDateLike = (cell: string) => FULL_DATE.some((form) => form.test(shapeOf(cell)));

export const isMonthLike = (cell: string) => MONTH.some((form) => form.test(shapeOf(cell)));

/** A number, a date or a month: what a data row holds and a header row does not. */
export const isValueLike = (cell: string) =>
  isNumberLike(cell) || isFullDateLike(cell) || isMonthLike(cell);

/** Whether most of the non-empty cells have the shape. */
export function mostly(cells: readonly string[], shape: (cell: string) => boolean): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  return filled.length > 0 && filled.filter(shape).length * 2 > filled.length;
}
