import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import {
  eraYear,
  normaliseCount,
  normaliseDate,
  normaliseMonth,
  normaliseNumber,
  normaliseOkuYen,
  toHalfWidth,
} from '$lib/ingest/normalise';
import type { AmountUnit, Normalised } from '$lib/upload/types';

/** [input, value, changed] */
type Accepts<T> = readonly (readonly [string, T, boolean])[];
/** [input, a fragment the reason must contain] */
type Rejects = readonly (readonly [string, string])[];

function expectAccepted<T>(result: Normalised<T>, input: string, value: T, changed: boolean) {
  expect(result).toEqual({ ok: true, value, original: input, changed });
}

function expectRejected<T>(result: Normalised<T>, input: string, fragment: string) {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(result.original).toBe(input);
  if (!result.ok) {
    expect(inEnglish(result.reason)).not.toBe('');
    expect(inEnglish(result.reason)).toContain(fragment);
  }
}

describe('toHalfWidth', () => {
  it.each([
    ['１，４２０', '1,420'],
    ['２０２５／０４／１６', '2025/04/16'],
    ['１２：３０', '12:30'],
    ['（＋５％）', '(+5%)'],
    ['－７８９', '-789'],
    ['\u2212789', '-789'],
    ['\u3000１．５\u3000', '1.5'],
    ['1、000', '1、000'],
    ['Ｒ７', 'R7'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('normaliseNumber', () => {
  const accepts: Accepts<number> = [
    ['1422', 1422, false],
    ['  1422 ', 1422, false],
    ['1,422', 1422, true],
    ['１，４２０', 1420, true],
    ['約1,481', 1481, true],
    ['約 1,481', 1481, true],
    ['12.5', 12.5, false],
    ['1.50', 1.5, true],
    ['▲789', -789, true],
    ['△789', -789, true],
    ['-789', -789, false],
    ['\u2212789', -789, true],
    ['－789', -789, true],
    ['1万422', 10422, true],
    ['1万', 10000, true],
    ['3億2000万', 320000000, true],
    ['1.5万', 15000, true],
    ['0.3億', 30000000, true],
    ['9000万', 90000000, true],
    ['1,422件', 1422, true],
    ['12社', 12, true],
    ['1,000円', 1000, true],
    ['3人', 3, true],
    ['5,000口座', 5000, true],
    ['9000万円', 90000000, true],
    ['1億2000万円', 120000000, true],
    ['▲0', 0, true],
    ['9007199254740991', Number.MAX_SAFE_INTEGER, false],
  ];
  it.each(accepts)('%s → %s (changed: %s)', (input, value, changed) => {
    expectAccepted(normaliseNumber(input), input, value, changed);
  });

  const rejects: Rejects = [
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['\u3000', 'is empty'],
    ['abc', 'letters'],
    ['12abc', 'letters'],
    ['NaN', 'letters'],
    ['Infinity', 'letters'],
    ['1e5', 'letters'],
    ['1.2.3', 'two decimal points'],
    ['789-', 'sign after its digits'],
    ['789▲', 'sign after its digits'],
    ['--5', 'two signs'],
    ['1万万', 'repeats 万'],
    ['2000万3億', '万 before 億'],
    ['1,42,2', 'groups of three'],
    ['1,4222', 'groups of three'],
    ['1、000', 'Japanese comma'],
    ['1 422', 'space between its digits'],
    ['5千', '千'],
    ['1億2.5万', 'decimal point'],
    ['1万10000', 'overlap'],
    ['1億12000万', 'overlap'],
    ['¥1,000円', '¥ and 円'],
    ['約', 'is not a number'],
    ['9007199254740992', '9,007,199,254,740,991'],
  ];
  it.each(rejects)('rejects %s: reason mentions "%s"', (input, fragment) => {
    expectRejected(normaliseNumber(input), input, fragment);
  });
});

describe('normaliseCount', () => {
  const accepts: Accepts<number> = [
    ['1,422件', 1422, true],
    ['1万422', 10422, true],
    ['約1,400件', 1400, true],
    ['０', 0, true],
    ['1.5万件', 15000, true],
    ['1.0', 1, true],
    ['43', 43, false],
  ];
  it.each(accepts)('%s → %s (changed: %s)', (input, value, changed) => {
    expectAccepted(normaliseCount(input), input, value, changed);
  });

  const rejects: Rejects = [
    ['▲789', 'is negative; a count cannot be'],
    ['-1', 'is negative; a count cannot be'],
    ['1.5', 'is not a whole number'],
    ['1,000円', 'yen'],
    ['many', 'letters'],
    ['', 'is empty'],
  ];
  it.each(rejects)('rejects %s: reason mentions "%s"', (input, fragment) => {
    expectRejected(normaliseCount(input), input, fragment);
  });
});

describe('normaliseOkuYen', () => {
  const accepts: readonly (readonly [string, AmountUnit, number, boolean])[] = [
    ['約1,481億円', 'oku_yen', 1481, true],
    ['約1,481億円', 'yen', 1481, true],
    ['約0.3億円', 'oku_yen', 0.3, true],
    ['9000万円', 'oku_yen', 0.9, true],
    ['1億2000万円', 'man_yen', 1.2, true],
    ['120000000円', 'oku_yen', 1.2, true],
    ['¥120,000,000', 'oku_yen', 1.2, true],
    ['￥120,000,000', 'man_yen', 1.2, true],
    ['1.2億', 'yen', 1.2, true],
    ['9000万', 'oku_yen', 0.9, true],
    ['1481', 'oku_yen', 1481, false],
    ['0.3', 'oku_yen', 0.3, false],
    ['90000000', 'yen', 0.9, true],
    ['9000', 'man_yen', 0.9, true],
    ['▲1.2億円', 'oku_yen', -1.2, true],
    ['-9000', 'man_yen', -0.9, true],
    ['１，４８１', 'oku_yen', 1481, true],
  ];
  it.each(accepts)('%s in %s → %s (changed: %s)', (input, unit, value, changed) => {
    expectAccepted(normaliseOkuYen(input, unit), input, value, changed);
  });

  const rejects: Rejects = [
    ['5件', 'is in 件, not an amount of yen'],
    ['12社', 'is in 社'],
    ['1億円円', 'is not a number'],
    ['about 5', 'letters'],
    ['', 'is empty'],
  ];
  it.each(rejects)('rejects %s: reason mentions "%s"', (input, fragment) => {
    expectRejected(normaliseOkuYen(input, 'oku_yen'), input, fragment);
  });
});

describe('normaliseDate', () => {
  const accepts: Accepts<string> = [
    ['2025-04-16', '2025-04-16', false],
    ['2025/04/16', '2025-04-16', true],
    ['2025/4/16', '2025-04-16', true],
    ['2025.4.16', '2025-04-16', true],
    ['2025年4月16日', '2025-04-16', true],
    ['２０２５年４月１６日', '2025-04-16', true],
    ['２０２５－０４－１６', '2025-04-16', true],
    ['２０２５／４／１６', '2025-04-16', true],
    ['令和7年4月16日', '2025-04-16', true],
    ['令和７年４月１６日', '2025-04-16', true],
    ['令和元年5月1日', '2019-05-01', true],
    ['平成31年4月30日', '2019-04-30', true],
    ['平成元年1月8日', '1989-01-08', true],
    ['R7.4.16', '2025-04-16', true],
    ['R7/4/16', '2025-04-16', true],
    ['r7.4.16', '2025-04-16', true],
    ['H31.4.30', '2019-04-30', true],
    ['2025年4月16日(水)', '2025-04-16', true],
    ['2025年4月16日（水）', '2025-04-16', true],
    ['2025年4月16日 (木曜日)', '2025-04-16', true],
    ['2024-02-29', '2024-02-29', false],
  ];
  it.each(accepts)('%s → %s (changed: %s)', (input, value, changed) => {
    expectAccepted(normaliseDate(input), input, value, changed);
  });

  const rejects: Rejects = [
    ['2025-02-30', 'does not exist'],
    ['2023-02-29', 'does not exist'],
    ['2025-13-01', 'has month 13'],
    ['25/4/16', 'two-digit year'],
    ['25年4月16日', 'two-digit year'],
    ['2025-04', 'is a month without a day'],
    ['2025年4月', 'is a month without a day'],
    ['04/16/2025', 'puts the year last'],
    ['16/04/2025', 'puts the year last'],
    ['4月16日', 'has no year'],
    ['令和1年4月30日', 'is 令和1年4月30日, before the Reiwa era began on 1 May 2019'],
    ['平成31年5月1日', 'after the Heisei era ended on 30 April 2019'],
    ['H1.1.7', 'before the Heisei era began on 8 January 1989'],
    ['R0.5.1', 'era year 0'],
    ['S64.1.7', 'era before Heisei'],
    ['2025/4-16', 'mixes separators'],
    ['2025-04-16 10:00', 'time of day'],
    ['20250416', 'eight digits'],
    ['2025', 'year without a month'],
    ['yesterday', 'is not a date'],
    ['', 'is empty'],
  ];
  it.each(rejects)('rejects %s: reason mentions "%s"', (input, fragment) => {
    expectRejected(normaliseDate(input), input, fragment);
  });
});

describe('normaliseMonth', () => {
  const accepts: Accepts<string> = [
    ['2025-04', '2025-04', false],
    ['2025/04', '2025-04', true],
    ['2025/4', '2025-04', true],
    ['2025.4', '2025-04', true],
    ['2025年4月', '2025-04', true],
    ['２０２５年４月', '2025-04', true],
    ['令和7年4月', '2025-04', true],
    ['令和元年5月', '2019-05', true],
    ['平成31年4月', '2019-04', true],
    ['R7.4', '2025-04', true],
    ['R7/4', '2025-04', true],
    ['2025-04-16', '2025-04', true],
    ['2025年4月16日', '2025-04', true],
    ['R7.4.16', '2025-04', true],
    ['2025年4月(16日現在)', '2025-04', true],
    ['2025年4月（16日時点）', '2025-04', true],
  ];
  it.each(accepts)('%s → %s (changed: %s)', (input, value, changed) => {
    expectAccepted(normaliseMonth(input), input, value, changed);
  });

  const rejects: Rejects = [
    ['4月', 'has no year'],
    ['2025-13', 'has month 13'],
    ['2025-00', 'has month 0'],
    ['令和1年4月', 'is 令和1年4月, before the Reiwa era began on 1 May 2019'],
    ['平成31年5月', 'after the Heisei era ended'],
    ['04/2025', 'puts the year after the month'],
    ['2025-02-30', 'does not exist'],
    ['April', 'is not a month'],
    [' ', 'is empty'],
  ];
  it.each(rejects)('rejects %s: reason mentions "%s"', (input, fragment) => {
    expectRejected(normaliseMonth(input), input, fragment);
  });
});

describe('eraYear', () => {
  it('counts Reiwa from 2019 and Heisei from 1989', () => {
    expect(eraYear('reiwa', 1)).toBe(2019);
    expect(eraYear('reiwa', 7)).toBe(2025);
    expect(eraYear('heisei', 1)).toBe(1989);
    expect(eraYear('heisei', 31)).toBe(2019);
  });
});
