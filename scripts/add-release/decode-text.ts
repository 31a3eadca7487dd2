import { detectEncoding, UNREADABLE_PROBLEM } from '$lib/upload/sniff/decode';
import { UTF16_PROBLEM } from '$lib/upload/sniff/text-bytes';
import type { UploadMessage } from '$lib/upload/upload-message';

export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16le' | 'utf-16be';

const ENCODING_NAMES: Readonly<Record<TableEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with a byte-order mark',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
};

export const encodingName = (encoding: TableEncoding) => ENCODING_NAMES[encoding];

/**
 * Which UTF-16 the upload's byte check took the bytes for: by the byte-order mark, else by the
 * NUL that ASCII leaves in every other byte (after the character in little-endian order).
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  let even = 0;
  for (let index = 0; index < Math.min(bytes.length, 4096); index += 2) {
    if (bytes[index] === 0) even += 1;
  }
  return even > 0 ? 'utf-16be' : 'utf-16le';
}

const decoderLabel = (encoding: TableEncoding) => (encoding === 'utf-8-bom' ? 'utf-8' : encoding);

/** The whole file's text, in the encoding the upload would take it for, or why it has none. */
export function decodeTable(
  bytes: Uint8Array,
): { encoding: TableEncoding; text: string } | { problem: UploadMessage } {
  const detected = detectEncoding(bytes);
  const encoding: TableEncoding | null =
    'encoding' in detected
      ? detected.encoding
      : detected.problem.code === UTF16_PROBLEM.code
        ? utf16Order(bytes)
        : null;
  if (encoding === null) return detected as { problem: UploadMessage };
  try {
    return {
      encoding,
      text: new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(bytes),
    };
  } catch {
    return { problem: UNREADABLE_PROBLEM };
  }
}
