import { decodeForSniffing, UNREADABLE_PROBLEM } from '$lib/upload/sniff/decode';
import type { TextEncodingName } from '$lib/upload/types';
import type { UploadMessage } from '$lib/upload/upload-message';

const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with a byte-order mark',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

export const encodingName = (encoding: TextEncodingName) => ENCODING_NAMES[encoding];

/**
 * The whole file's text, in the encoding the upload detects, or why it is not text. A character
 * that cannot be read refuses the file: a figure is never read through a guess.
 */
export function decodeTable(
  bytes: Uint8Array,
): { encoding: TextEncodingName; text: string } | { problem: UploadMessage } {
  const decoded = decodeForSniffing(bytes, undefined);
  if ('problem' in decoded) return decoded;
  return decoded.replacements > 0 ? { problem: UNREADABLE_PROBLEM } : decoded;
}
