import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (which must come first). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (!SIGNATURE.every((byte, index) => png[index] === byte)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('no IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** The pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
export function decodePng(png: Uint8Array): Pixels {
  const { width, height } = pngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png[24] !== 8 || png[25] !== 6 || png[28] !== 0) throw new Error('not 8-bit RGBA');
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.byteLength;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (data[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (data[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (data[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      data[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, data };
}

/** Whether a pixel is darker than mid-grey (ink on the white ground these tests draw on). */
export function isInk(pixels: Pixels, x: number, y: number): boolean {
  const at = (y * pixels.width + x) * 4;
  const [r = 255, g = 255, b = 255] = pixels.data.subarray(at, at + 3);
  return r + g + b < 384;
}

/** The ink of a rectangle as a string of 0s and 1s, to compare shapes. */
export function inkMask(
  pixels: Pixels,
  box: { x: number; y: number; width: number; height: number },
): string {
  let mask = '';
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) mask += isInk(pixels, x, y) ? '1' : '0';
  }
  return mask;
}

export const inkCount = (mask: string) => mask.split('').filter((bit) => bit === '1').length;
