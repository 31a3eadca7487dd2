import { describe, expect, it } from 'vitest';
import { dateKindOf, serialToDate } from '$lib/upload/workbook/date-format';
import { dateText, numberText } from '$lib/upload/workbook/text-cells';

describe('which number formats show dates', () => {
  it.each([
    [14, undefined, 'date'],
    [22, undefined, 'date'],
    [17, undefined, 'month'],
    [55, undefined, 'month'],
    [57, undefined, 'date'],
    [20, undefined, null],
    [0, undefined, null],
    [3, undefined, null],
    [164, 'yyyy"年"m"月"', 'month'],
    [164, '[$-ja-JP]yyyy"年"m"月"d"日"', 'date'],
    [164, '[$-411]ggge"年"m"月"d"日"', 'date'],
    [164, 'yyyy/mm;@', 'month'],
    [164, 'mmm-yy', 'month'],
    [164, 'd-mmm', 'date'],
    [164, 'General', null],
    [164, '#,##0"件"', null],
    [164, '0.00E+00', null],
    [164, 'h:mm AM/PM', null],
    [164, '[h]:mm:ss', null],
    [164, '"Day"0', null],
    [164, '[Red]#,##0;[Blue]-#,##0', null],
  ] as const)('format %i %s is %s', (id, code, kind) => {
    expect(dateKindOf(id, code)).toBe(kind);
  });
});

describe('serial numbers', () => {
  it('count days from Excel’s epochs, including its 29 February 1900', () => {
    expect(serialToDate(45_658, false)).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(serialToDate(1, false)).toEqual(new Date(Date.UTC(1900, 0, 1)));
    expect(serialToDate(61, false)).toEqual(new Date(Date.UTC(1900, 2, 1)));
    expect(serialToDate(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(serialToDate(45_658.5, false)).toEqual(new Date(Date.UTC(2025, 0, 1, 12)));
  });

  it('read as ISO text, with a time only where there is one', () => {
    expect(dateText(new Date(Date.UTC(2025, 3, 18)))).toBe('2025-04-18');
    expect(dateText(new Date(Date.UTC(2025, 3, 1)), true)).toBe('2025-04');
    expect(dateText(new Date(Date.UTC(2025, 3, 18, 9, 30)))).toBe('2025-04-18 09:30');
    expect(dateText(new Date(Date.UTC(2025, 3, 18, 9, 30, 5)))).toBe('2025-04-18 09:30:05');
  });
});

describe('numbers as text', () => {
  it.each([
    [1420, '1420'],
    [0.8, '0.8'],
    [0.1 + 0.2, '0.3'],
    [1480.9999999999998, '1481'],
    [-789, '-789'],
    [2771.8, '2771.8'],
  ])('%d reads %s', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});
