import { describe, expect, it } from 'vitest';
import { decodeAsChosen, decodeSample, detectEncoding } from '$lib/upload/sniff/decode';
import { BINARY_PROBLEM, EMPTY_PROBLEM } from '$lib/upload/sniff/text-bytes';
import { readFixture } from '../fixtures/uploads/read-fixture';

const encodingOf = (name: string) => detectEncoding(readFixture(name));

describe('detectEncoding', () => {
  it('reads a byte-order mark as UTF-8 with a BOM, and decodes without it', () => {
    const bytes = readFixture('incidents-small.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8-bom' });
    expect(decodeSample(bytes, 'utf-8-bom').startsWith('date,broker,')).toBe(true);
  });

  it('reads plain UTF-8, Japanese included', () => {
    const bytes = readFixture('fsa-table-2025-04-18.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'utf-8' });
    expect(decodeSample(bytes, 'utf-8')).toContain('不正アクセス件数,43件,"1,422件"');
  });

  it('reads Shift_JIS and decodes its Japanese text', () => {
    const bytes = readFixture('fsa-table-2025-04-18.sjis.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'shift_jis' });
    const text = decodeSample(bytes, 'shift_jis');
    expect(text).toBe(new TextDecoder().decode(readFixture('fsa-table-2025-04-18.csv')));
    expect(text.split('\r\n')[0]).toBe(',2025年2月,2025年3月,2025年4月(16日現在),合計');
  });

  it('reads the Shift_JIS broker file with its full-width brackets', () => {
    const bytes = readFixture('broker-cases.sjis.csv');
    expect(detectEncoding(bytes)).toEqual({ encoding: 'shift_jis' });
    expect(decodeSample(bytes, 'shift_jis').split('\r\n')[0]).toBe(
      '発生日,証券会社,銘柄,銘柄コード,売却金額（円）,買付金額（円）',
    );
  });

  it('accepts a sample cut in the middle of a character, and drops the part', () => {
    const utf8 = new TextEncoder().encode('月,件\n2月,43件');
    expect(detectEncoding(utf8.subarray(0, utf8.length - 1))).toEqual({ encoding: 'utf-8' });
    expect(decodeSample(utf8.subarray(0, utf8.length - 2), 'utf-8')).toBe('月,件\n2月,43');
    const sjis = readFixture('broker-cases.sjis.csv');
    const cut = sjis.subarray(0, 3); // 発 is two bytes: 0x94 0xAD, then 生 starts
    expect(detectEncoding(cut)).toEqual({ encoding: 'shift_jis' });
    expect(decodeSample(cut, 'shift_jis')).toBe('発');
  });

  it('names binary files and empty files as problems, and reads UTF-16 by its mark', () => {
    expect(encodingOf('binary.bin')).toEqual({ problem: BINARY_PROBLEM });
    expect(encodingOf('utf16.csv')).toEqual({ encoding: 'utf-16le' });
    expect(encodingOf('unicode-text.utf16be.txt')).toEqual({ encoding: 'utf-16be' });
    expect(encodingOf('empty.csv')).toEqual({ problem: EMPTY_PROBLEM });
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf]))).toEqual({ problem: EMPTY_PROBLEM });
  });

  it('takes text full of control characters but no NUL for binary too', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, index) => (index % 5 === 0 ? 0x07 : 0x41));
    expect(detectEncoding(bytes)).toEqual({ problem: BINARY_PROBLEM });
  });

  it('recognises UTF-16 without a byte-order mark, in either byte order', () => {
    expect(detectEncoding(readFixture('utf16.csv').subarray(2))).toEqual({ encoding: 'utf-16le' });
    expect(encodingOf('no-mark.utf16le.txt')).toEqual({ encoding: 'utf-16le' });
    expect(encodingOf('no-mark.utf16be.txt')).toEqual({ encoding: 'utf-16be' });
    expect(decodeSample(readFixture('no-mark.utf16be.txt'), 'utf-16be')).toMatch(/^月\t不正/);
  });

  it('reads bytes that are neither UTF-8 nor Shift_JIS as Windows-1252 (Latin-1)', () => {
    const result = detectEncoding(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfd, 0x0a]));
    expect(result).toEqual({ encoding: 'windows-1252' });
  });

  it('takes Latin-1 that happens to be valid Shift_JIS for Latin-1 all the same', () => {
    // "é" (0xE9) followed by "t" is a valid Shift_JIS kanji's two bytes.
    const bytes = readFixture('latin1.csv');
    expect(
      new TextDecoder('shift_jis', { fatal: true }).decode(Uint8Array.of(0xe9, 0x74)),
    ).toHaveLength(1);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252' });
    expect(decodeSample(bytes, 'windows-1252')).toContain('Zürich,2024,120,Süd');
  });
});

describe('decodeAsChosen', () => {
  it('counts the characters a wrongly chosen encoding cannot read', () => {
    const chosen = decodeAsChosen(readFixture('fsa-table-2025-04-18.sjis.csv'), 'utf-8');
    expect(chosen.encoding).toBe('utf-8');
    expect(chosen.replacements).toBeGreaterThan(10);
  });

  it('reads the right choice cleanly and keeps the byte-order mark out of the text', () => {
    const sjis = decodeAsChosen(readFixture('broker-cases.sjis.csv'), 'shift_jis');
    expect(sjis).toMatchObject({ encoding: 'shift_jis', replacements: 0 });
    const bom = decodeAsChosen(readFixture('incidents-small.csv'), 'utf-8');
    expect(bom).toMatchObject({ encoding: 'utf-8-bom', replacements: 0 });
    expect(bom.text.startsWith('date')).toBe(true);
  });
});
