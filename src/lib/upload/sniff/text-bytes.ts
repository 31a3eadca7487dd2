/** Reasons a file's bytes cannot be a table of text, and the marks that say how it was written. */
import type { UploadMessage } from '../upload-message';

const HEAD_BYTES = 4096;
const MAX_CONTROL_SHARE = 0.1;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export const BINARY_PROBLEM: UploadMessage = { code: 'file-binary' };

export const EMPTY_PROBLEM: UploadMessage = { code: 'file-empty' };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

export const hasUtf8ByteOrderMark = (bytes: Uint8Array) => startsWith(bytes, [0xef, 0xbb, 0xbf]);

/**
 * UTF-16 by its byte-order mark, or without one by its NULs: mostly ASCII text leaves a NUL in
 * every other byte, the second of each pair in little-endian order, the first in big-endian.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const head = bytes.subarray(0, HEAD_BYTES);
  let even = 0;
  let odd = 0;
  head.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const half = head.length / 2;
  if (half < 2 || Math.min(even, odd) >= 0.05 * half) return null;
  if (odd > 0.4 * half) return 'utf-16le';
  if (even > 0.4 * half) return 'utf-16be';
  return null;
}

function isControlByte(byte: number): boolean {
  if (byte === TAB || byte === LINE_FEED || byte === CARRIAGE_RETURN) return false;
  return byte < 0x20 || byte === 0x7f;
}

/** Why these bytes (not UTF-16) are not text worth decoding, or null when they may be. */
export function byteProblem(bytes: Uint8Array): UploadMessage | null {
  const body = hasUtf8ByteOrderMark(bytes) ? bytes.subarray(3) : bytes;
  if (body.length === 0) return EMPTY_PROBLEM;
  if (body.includes(0)) return BINARY_PROBLEM;
  const head = body.subarray(0, HEAD_BYTES);
  const controls = head.reduce((count, byte) => count + (isControlByte(byte) ? 1 : 0), 0);
  return controls > MAX_CONTROL_SHARE * head.length ? BINARY_PROBLEM : null;
}

/** Why decoded text is not a table: the same test on characters, for UTF-16. */
export function textProblem(text: string): UploadMessage | null {
  if (text.length === 0) return EMPTY_PROBLEM;
  if (text.includes('\u0000')) return BINARY_PROBLEM;
  const head = text.slice(0, HEAD_BYTES);
  let controls = 0;
  for (let index = 0; index < head.length; index += 1)
    if (isControlByte(head.charCodeAt(index))) controls += 1;
  return controls > MAX_CONTROL_SHARE * head.length ? BINARY_PROBLEM : null;
}
