import { describe, expect, it } from 'vitest';
import { prefersLessData } from '../../src/lib/db/save-data';

describe('the data saver hint', () => {
  it.each([
    [{ saveData: true, effectiveType: '4g' }, true],
    [{ saveData: false, effectiveType: 'slow-2g' }, true],
    [{ effectiveType: '2g' }, true],
    [{ saveData: false, effectiveType: '3g' }, false],
    [{ saveData: false, effectiveType: '4g' }, false],
    [{}, false],
    [undefined, false],
  ])('%o asks for less data: %s', (connection, expected) => {
    expect(prefersLessData(connection)).toBe(expected);
  });
});
