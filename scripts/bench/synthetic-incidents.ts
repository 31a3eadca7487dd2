import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A made-up incident file for the upload benchmark: SYNTHETIC in every broker, stock and id, so
 * it can never be mistaken for real data. Deterministic, so every run loads the same bytes.
 */
export const SYNTHETIC_HEADER = 'incident_id,date,broker,stock,ticker,type,sell_yen,buy_yen';

const TYPES = ['fraudulent trade', 'unauthorized access'];

/** A linear congruential generator: the same numbers on every machine. */
export function numbers(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

export function syntheticRow(index: number, next: () => number): string {
  const day = 1 + (next() % 28);
  const month = 1 + (next() % 12);
  const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const broker = `SYNTHETIC Securities ${String(next() % 20).padStart(2, '0')}`;
  const ticker = 9000 + (next() % 400);
  const sell = (next() % 5000) * 1000;
  const buy = (next() % 5000) * 1000;
  const type = TYPES[next() % TYPES.length];
  return `SYN-${String(index).padStart(7, '0')},${date},${broker},SYNTHETIC Stock ${ticker},${ticker},${type},${sell},${buy}`;
}

/** Writes `rows` synthetic incidents to `file` and returns its size in bytes. */
export async function writeSyntheticIncidents(file: string, rows: number): Promise<number> {
  const out = createWriteStream(file);
  const next = numbers(20250416);
  let bytes = 0;
  let chunk = `${SYNTHETIC_HEADER}\n`;
  for (let index = 1; index <= rows; index += 1) {
    chunk += `${syntheticRow(index, next)}\n`;
    if (chunk.length > 1 << 16 || index === rows) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
