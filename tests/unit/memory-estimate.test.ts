import { describe, expect, it } from 'vitest';
import { duckdbCommand, estimateFit, parseMemoryLimit } from '$lib/upload/memory-estimate';

const GIB = 2 ** 30;
const LIMIT = 3.1 * GIB;

describe('estimateFit', () => {
  it('refuses the 2.07 GB, 40-million-row CSV that ran out of memory, after its first 16 MB', () => {
    const fileBytes = 2.07e9;
    const bytesRead = 16 * 2 ** 20;
    const rowsRead = Math.round((40e6 * bytesRead) / fileBytes);
    const estimate = estimateFit(fileBytes, bytesRead, rowsRead, LIMIT);
    expect(estimate.fits).toBe(false);
    expect(estimate.projectedRows).toBeGreaterThan(39e6);
    expect(estimate.projectedRows).toBeLessThan(41e6);
    expect(estimate.fitsShare).toBeGreaterThan(0.2);
    expect(estimate.fitsShare).toBeLessThan(0.5);
    expect(estimate.fitsRows).toBe(Math.floor(estimate.projectedRows * estimate.fitsShare));
  });

  it('lets the 1,000,000-row, 100 MB benchmark file through', () => {
    const estimate = estimateFit(100e6, 16e6, 160_000, LIMIT);
    expect(estimate).toMatchObject({ fits: true, fitsShare: 1, projectedRows: 1_000_000 });
  });

  it('projects the WebAssembly memory measured in Chromium within 5%', () => {
    // scripts/bench/wasm-memory.ts: rows, file MiB, MiB the DuckDB worker's memory grew by.
    const measured = [
      [1e6, 102, 376],
      [1e6, 172, 570],
      [2e6, 204, 755],
      [4e6, 408, 1543],
      [6e6, 613, 2228],
    ] as const;
    for (const [rows, fileMib, grownMib] of measured) {
      const estimate = estimateFit(
        fileMib * 2 ** 20,
        16e6,
        (rows * 16e6) / (fileMib * 2 ** 20),
        LIMIT,
      );
      expect(estimate.fits).toBe(true);
      expect(estimate.projectedBytes / (grownMib * 2 ** 20)).toBeGreaterThan(0.95);
      expect(estimate.projectedBytes / (grownMib * 2 ** 20)).toBeLessThan(1.05);
    }
  });

  it('needs more memory per byte for short rows than for long ones', () => {
    const shortRows = estimateFit(1e9, 1e6, 50_000, LIMIT);
    const longRows = estimateFit(1e9, 1e6, 2_000, LIMIT);
    expect(shortRows.projectedBytes).toBeGreaterThan(longRows.projectedBytes);
  });

  it('scales with the limit, and takes a file read to its end as it is', () => {
    expect(estimateFit(500e6, 500e6, 5e6, 4 * GIB).fits).toBe(true);
    expect(estimateFit(500e6, 500e6, 5e6, 0.5 * GIB).fits).toBe(false);
    expect(estimateFit(10, 0, 0, LIMIT)).toMatchObject({ fits: true, projectedRows: 0 });
  });
});

describe('parseMemoryLimit', () => {
  it('reads DuckDB’s setting', () => {
    expect(parseMemoryLimit('3.1 GiB')).toBeCloseTo(3.1 * GIB);
    expect(parseMemoryLimit('512.0 MiB')).toBe(512 * 2 ** 20);
    expect(parseMemoryLimit('1.5GB')).toBe(1.5e9);
    expect(parseMemoryLimit('unlimited')).toBeNull();
  });
});

describe('duckdbCommand', () => {
  it('writes a command a shell runs as it is, quotes in names included', () => {
    expect(duckdbCommand('big.csv', 'upload_big', 'utf-8', ',')).toBe(
      `duckdb uploads.duckdb -c "CREATE TABLE upload_big AS FROM read_csv('big.csv', delim = ',')"`,
    );
    expect(duckdbCommand(`O'Neil "$HOME".txt`, 'upload_o_neil', 'utf-16le', '\t')).toBe(
      `duckdb uploads.duckdb -c "CREATE TABLE upload_o_neil AS FROM read_csv('O''Neil \\"\\$HOME\\".txt', delim = '\\\\t', encoding = 'utf-16')"`,
    );
  });
});
