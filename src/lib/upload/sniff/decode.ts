import type { TextEncodingName } from '../types';
import type { UploadMessage } from '../upload-message';
import { byteProblem, hasUtf8ByteOrderMark } from './text-bytes';

/** The encodings a reader may choose when the guess was wrong. */
export type ChosenEncoding = 'utf-8' | 'shift_jis';

export const UNREADABLE_PROBLEM: UploadMessage = { code: 'file-unreadable' };

const REPLACEMENT_CHARACTER = '\uFFFD';

const decoderLabel = (encoding: TextEncodingName) =>
  encoding === 'shift_jis' ? 'shift_jis' : 'utf-8';

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

/** Guesses how the bytes were written: UTF-8 (with or without its mark), else Shift_JIS. */
export function detectEncoding(
  bytes: Uint8Array,
): { encoding: TextEncodingName } | { problem: UploadMessage } {
  const problem = byteProblem(bytes);
  if (problem !== null) return { problem };
  if (hasUtf8ByteOrderMark(bytes)) return { encoding: 'utf-8-bom' };
  if (decodesCleanly(bytes, 'utf-8')) return { encoding: 'utf-8' };
  // The WHATWG "shift_jis" decoder is Windows-31J (CP932), which is what Japanese Excel writes.
  if (decodesCleanly(bytes, 'shift_jis')) return { encoding: 'shift_jis' };
  return { problem: UNREADABLE_PROBLEM };
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
