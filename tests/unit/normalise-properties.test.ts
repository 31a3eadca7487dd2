import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import {
  normaliseCount,
  normaliseDate,
  normaliseMonth,
  normaliseNumber,
  normaliseOkuYen,
} from '$lib/ingest/normalise';
import type { Normalised } from '$lib/upload/types';

const FULL_WIDTH: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789,./-'].map((char) => [char, String.fromCharCode(char.charCodeAt(0) + 0xfee0)]),
);
const fullWidth = (text: string) => [...text].map((char) => FULL_WIDTH[char] ?? char).join('');
const withSeparators = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pad2 = (value: number) => String(value).padStart(2, '0');

/** `whole / 10^places` as exact decimal text, built from the digits alone. */
function shiftedText(whole: bigint, places: number): string {
  const sign = whole < 0n ? '-' : '';
  const digits = (whole < 0n ? -whole : whole).toString().padStart(places + 1, '0');
  const integer = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return sign + integer + (fraction === '' ? '' : `.${fraction}`);
}

/** "X億Y万Z", leaving out the parts that are zero. */
function inManAndOku(n: bigint): string {
  const [oku, man, ones] = [n / 100_000_000n, (n / 10_000n) % 10_000n, n % 10_000n];
  const written = (oku > 0n ? `${oku}億` : '') + (man > 0n ? `${man}万` : '');
  return ones > 0n || written === '' ? `${written}${ones}` : written;
}

function valueOf<T>(result: Normalised<T>): T {
  if (!result.ok)
    throw new Error(
      `rejected ${JSON.stringify(result.original)}: ${String(inEnglish(result.reason))}`,
    );
  return result.value;
}

const safeCount = fc.maxSafeNat();
const safeWhole = fc.bigInt({
  min: -BigInt(Number.MAX_SAFE_INTEGER),
  max: BigInt(Number.MAX_SAFE_INTEGER),
});

describe('numbers written in Japanese styles', () => {
  it('a count survives separators, full-width digits, 件 and 約', () => {
    fc.assert(
      fc.property(
        safeCount,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (n, sep, wide, unit, about) => {
          let text = String(n);
          if (sep) text = withSeparators(text);
          if (wide) text = fullWidth(text);
          if (unit) text = `${text}件`;
          if (about) text = `約${text}`;
          expect(valueOf(normaliseCount(text))).toBe(n);
        },
      ),
    );
  });

  it('a number written in 億 and 万 parts comes back whole', () => {
    fc.assert(
      fc.property(safeCount, (n) => {
        const text = inManAndOku(BigInt(n));
        expect(valueOf(normaliseNumber(text))).toBe(n);
        expect(valueOf(normaliseCount(text))).toBe(n);
      }),
    );
  });

  it('▲ makes any positive number negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(valueOf(normaliseNumber(`▲${n}`))).toBe(-n);
        expect(valueOf(normaliseNumber(`▲${withSeparators(String(n))}`))).toBe(-n);
      }),
    );
  });

  it('yen, 万円 and ¥ amounts become the double nearest the exact 億円 figure', () => {
    fc.assert(
      fc.property(safeWhole, fc.constantFrom('yen', 'man_yen', 'oku_yen'), (yen, plainUnit) => {
        const expected = Number(shiftedText(yen, 8));
        expect(valueOf(normaliseOkuYen(`${yen}円`, plainUnit))).toBe(expected);
        expect(valueOf(normaliseOkuYen(`${shiftedText(yen, 4)}万円`, plainUnit))).toBe(expected);
        expect(valueOf(normaliseOkuYen(`${shiftedText(yen, 8)}億円`, plainUnit))).toBe(expected);
        expect(valueOf(normaliseOkuYen(String(yen), 'yen'))).toBe(expected);
        if (yen >= 0n) {
          expect(valueOf(normaliseOkuYen(`¥${withSeparators(String(yen))}`, plainUnit))).toBe(
            expected,
          );
        }
      }),
    );
  });
});

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly iso: string;
}

const DAY_MS = 86_400_000;
function daysBetween(first: string, last: string): fc.Arbitrary<Day> {
  const start = Date.parse(`${first}T00:00:00Z`);
  const span = (Date.parse(`${last}T00:00:00Z`) - start) / DAY_MS;
  return fc.integer({ min: 0, max: span }).map((offset) => {
    const date = new Date(start + offset * DAY_MS);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    return { year, month, day, iso: date.toISOString().slice(0, 10) };
  });
}

function gregorianForms({ year, month, day, iso }: Day): string[] {
  return [
    iso,
    `${year}/${month}/${day}`,
    `${year}/${pad2(month)}/${pad2(day)}`,
    `${year}.${month}.${day}`,
    `${year}年${month}月${day}日`,
    fullWidth(iso),
    `${year}年${month}月${day}日(水)`,
  ];
}

function eraForms({ month, day }: Day, kanji: string, letter: string, eraYear: number): string[] {
  const written = eraYear === 1 ? '元' : String(eraYear);
  return [
    `${kanji}${written}年${month}月${day}日`,
    `${letter}${eraYear}.${month}.${day}`,
    `${letter}${eraYear}/${month}/${day}`,
    `${letter.toLowerCase()}${eraYear}.${pad2(month)}.${pad2(day)}`,
  ];
}

describe('dates written in Japanese styles', () => {
  it('every Reiwa-era form gives the same ISO day and month', () => {
    fc.assert(
      fc.property(daysBetween('2019-05-01', '2030-12-31'), (d) => {
        for (const text of [...gregorianForms(d), ...eraForms(d, '令和', 'R', d.year - 2018)]) {
          expect(valueOf(normaliseDate(text)), text).toBe(d.iso);
          expect(valueOf(normaliseMonth(text)), text).toBe(d.iso.slice(0, 7));
        }
      }),
    );
  });

  it('every Heisei-era form gives the same ISO day and month', () => {
    fc.assert(
      fc.property(daysBetween('1989-01-08', '2019-04-30'), (d) => {
        for (const text of [...gregorianForms(d), ...eraForms(d, '平成', 'H', d.year - 1988)]) {
          expect(valueOf(normaliseDate(text)), text).toBe(d.iso);
          expect(valueOf(normaliseMonth(text)), text).toBe(d.iso.slice(0, 7));
        }
      }),
    );
  });

  it('month forms give YYYY-MM and are not days', () => {
    fc.assert(
      fc.property(daysBetween('2019-05-01', '2030-12-31'), ({ year, month, iso }) => {
        const reiwa = year - 2018;
        const forms = [
          `${year}-${pad2(month)}`,
          `${year}/${month}`,
          `${year}年${month}月`,
          `令和${reiwa}年${month}月`,
          `R${reiwa}.${month}`,
        ];
        for (const text of forms) {
          expect(valueOf(normaliseMonth(text)), text).toBe(iso.slice(0, 7));
          expect(normaliseDate(text)).toMatchObject({
            ok: false,
            reason: { code: 'date-without-day' },
          });
        }
      }),
    );
  });
});

/** Text made mostly of the characters the normalisers look for, to reach their corners. */
const numberish = fc.string({
  unit: fc.constantFrom(
    ...'0123456789０１２,，.．約万億円件▲△-−－+¥￥ \u3000、年月日令和平成元RrHh/／()（）水',
  ),
});
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  numberish,
);
/** A well-written date with one character dropped, doubled or replaced by one it might be. */
const nearlyADate = fc
  .tuple(
    daysBetween('1989-01-01', '2031-12-31').chain((d) =>
      fc.constantFrom(...gregorianForms(d), ...eraForms(d, '令和', 'R', d.year - 2018)),
    ),
    fc.nat(),
    fc.constantFrom('drop', 'double', '0', '/', '年', ' '),
  )
  .map(([text, at, edit]) => {
    const i = at % text.length;
    const replacement = edit === 'drop' ? '' : edit === 'double' ? text.charAt(i).repeat(2) : edit;
    return text.slice(0, i) + replacement + text.slice(i + 1);
  });
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

describe('any text at all', () => {
  it('never throws, keeps the original and gives a finite number when it accepts', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('yen', 'man_yen', 'oku_yen'), (text, unit) => {
        for (const result of [
          normaliseNumber(text),
          normaliseCount(text),
          normaliseOkuYen(text, unit),
        ]) {
          expect(result.original).toBe(text);
          if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
          else expect(inEnglish(result.reason)).not.toBe('');
        }
        const count = normaliseCount(text);
        if (count.ok) expect(Number.isSafeInteger(count.value) && count.value >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, keeps the original and gives ISO text that reads back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, nearlyADate), (text) => {
        const date = normaliseDate(text);
        const month = normaliseMonth(text);
        expect(date.original).toBe(text);
        expect(month.original).toBe(text);
        if (date.ok) {
          expect(date.value).toMatch(ISO_DATE);
          expect(normaliseDate(date.value)).toMatchObject({
            ok: true,
            value: date.value,
            changed: false,
          });
        }
        if (month.ok) {
          expect(month.value).toMatch(ISO_MONTH);
          expect(normaliseMonth(month.value)).toMatchObject({
            ok: true,
            value: month.value,
            changed: false,
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads text without a digit as a number, so nothing becomes 0 by accident', () => {
    fc.assert(
      fc.property(
        anyText.filter((text) => !/[0-9０-９]/.test(text)),
        (text) => {
          expect(normaliseNumber(text).ok).toBe(false);
        },
      ),
    );
  });
});
