/** Reasons a file's bytes cannot be a table of text, before any decoding is tried. */
import type { UploadMessage } from '../upload-message';

const HEAD_BYTES = 4096;
const MAX_CONTROL_SHARE = 0.1;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export const BINARY_PROBLEM: UploadMessage = { code: 'file-binary' };

export const UTF16_PROBLEM: UploadMessage = { code: 'file-utf16' };

export const EMPTY_PROBLEM: UploadMessage = { code: 'file-empty' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export const hasUtf8ByteOrderMark = (bytes: Uint8Array) => startsWith(bytes, [0xef, 0xbb, 0xbf]);

const hasUtf16ByteOrderMark = (bytes: Uint8Array) =>
  startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** UTF-16 without a byte-order mark: mostly ASCII text leaves a NUL in every other byte. */
function looksLikeBareUtf16(head: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  head.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const half = head.length / 2;
  return half >= 2 && Math.max(even, odd) > 0.4 * half && Math.min(even, odd) < 0.05 * half;
}

function isControlByte(byte: number): boolean {
  if (byte === TAB || byte === LINE_FEED || byte === CARRIAGE_RETURN) return false;
  return byte < 0x20 || byte === 0x7f;
}

/** Why these bytes are not text worth decoding, or null when they may be. */
export function byteProblem(bytes: Uint8Array): UploadMessage | null {
  const body = hasUtf8ByteOrderMark(bytes) ? bytes.subarray(3) : bytes;
  if (body.length === 0) return EMPTY_PROBLEM;
  if (hasUtf16ByteOrderMark(bytes)) return UTF16_PROBLEM;
  const head = body.subarray(0, HEAD_BYTES);
  if (looksLikeBareUtf16(head)) return UTF16_PROBLEM;
  if (body.includes(0)) return BINARY_PROBLEM;
  const controls = head.reduce((count, byte) => count + (isControlByte(byte) ? 1 : 0), 0);
  return controls > MAX_CONTROL_SHARE * head.length ? BINARY_PROBLEM : null;
}
