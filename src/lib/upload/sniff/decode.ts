import type { TextEncodingName } from '../types';
import type { UploadMessage } from '../upload-message';
import { byteProblem, hasUtf8ByteOrderMark, textProblem, utf16Order } from './text-bytes';

/** The encodings a reader may choose when the guess was wrong. */
export const CHOSEN_ENCODINGS = [
  'utf-8',
  'shift_jis',
  'utf-16le',
  'utf-16be',
  'windows-1252',
] as const satisfies readonly TextEncodingName[];

export type ChosenEncoding = (typeof CHOSEN_ENCODINGS)[number];

export const UNREADABLE_PROBLEM: UploadMessage = { code: 'file-unreadable' };

const REPLACEMENT_CHARACTER = '\uFFFD';

/** The WHATWG label of each encoding; TextDecoder drops a UTF-8 or UTF-16 byte-order mark. */
export const decoderLabel = (encoding: TextEncodingName) =>
  encoding === 'utf-8-bom' ? 'utf-8' : encoding;

/**
 * Whether the bytes decode without error. `stream: true` keeps an incomplete character at the end
 * back instead of failing: a sample cut at a byte limit may end in the middle of one.
 */
function decodesCleanly(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const JAPANESE = /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]/gu;
const LATIN_LETTERS = /[\u00c0-\u00ff]/gu;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Bytes that decode as Shift_JIS may be Windows-1252 all the same: "é" followed by a letter is a
 * valid kanji's two bytes. Japanese text has kana, kanji or full-width punctuation in plenty;
 * Latin-1 text read as Shift_JIS turns into scattered half-width katakana and rare kanji.
 */
function readsAsJapanese(bytes: Uint8Array): boolean {
  const asJapanese = new TextDecoder('shift_jis').decode(bytes, { stream: true });
  const asLatin = new TextDecoder('windows-1252').decode(bytes);
  const kana = count(asJapanese, /[\u3040-\u30ff\u3000-\u303f]/gu);
  return kana > 0 || count(asJapanese, JAPANESE) >= count(asLatin, LATIN_LETTERS);
}

/**
 * Guesses how the bytes were written: UTF-16 (by its mark or its NULs), UTF-8 (with or without its
 * mark), Shift_JIS, else Windows-1252 (Latin-1), which every byte decodes in.
 */
export function detectEncoding(
  bytes: Uint8Array,
): { encoding: TextEncodingName } | { problem: UploadMessage } {
  const utf16 = utf16Order(bytes);
  if (utf16 !== null) return { encoding: utf16 };
  const problem = byteProblem(bytes);
  if (problem !== null) return { problem };
  if (hasUtf8ByteOrderMark(bytes)) return { encoding: 'utf-8-bom' };
  if (decodesCleanly(bytes, 'utf-8')) return { encoding: 'utf-8' };
  // The WHATWG "shift_jis" decoder is Windows-31J (CP932), which is what Japanese Excel writes.
  if (decodesCleanly(bytes, 'shift_jis') && readsAsJapanese(bytes))
    return { encoding: 'shift_jis' };
  return { encoding: 'windows-1252' };
}

/** The sample's text, without a byte-order mark and without a character cut off at its end. */
export function decodeSample(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(decoderLabel(encoding)).decode(bytes, { stream: true });
}

export interface ChosenDecoding {
  readonly encoding: TextEncodingName;
  readonly text: string;
  /** Characters that could not be read in the chosen encoding (each became U+FFFD). */
  readonly replacements: number;
}

/** U+FFFD characters: what a decoder could not read (or a file that already held them). */
export const countReplacements = (text: string) => text.split(REPLACEMENT_CHARACTER).length - 1;

/** Decodes in the encoding the reader chose, counting what could not be read instead of failing. */
export function decodeAsChosen(bytes: Uint8Array, chosen: ChosenEncoding): ChosenDecoding {
  const encoding = chosen === 'utf-8' && hasUtf8ByteOrderMark(bytes) ? 'utf-8-bom' : chosen;
  const text = decodeSample(bytes, encoding);
  return { encoding, text, replacements: countReplacements(text) };
}

/** Decoded text, or why the bytes are not a table of text. */
export function decodeForSniffing(
  bytes: Uint8Array,
  chosen: ChosenEncoding | undefined,
): ChosenDecoding | { problem: UploadMessage } {
  const detected = chosen === undefined ? detectEncoding(bytes) : null;
  if (detected !== null && 'problem' in detected) return detected;
  const encoding = detected?.encoding ?? chosen ?? 'utf-8';
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const problem = wide ? null : byteProblem(bytes);
  if (problem !== null) return { problem };
  const decoded =
    chosen === undefined
      ? { encoding, text: decodeSample(bytes, encoding), replacements: 0 }
      : decodeAsChosen(bytes, chosen);
  const textIssue = wide ? textProblem(decoded.text) : null;
  if (textIssue !== null) return { problem: textIssue };
  return { ...decoded, replacements: countReplacements(decoded.text) };
}
