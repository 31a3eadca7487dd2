import { describe, expect, it } from 'vitest';
import { remembered } from '$lib/format/remembered';

describe('remembered', () => {
  it('answers an argument asked again without computing it again', () => {
    const asked: number[] = [];
    const double = remembered((value: number) => {
      asked.push(value);
      return value * 2;
    });
    expect([double(2), double(3), double(2)]).toEqual([4, 6, 4]);
    expect(asked).toEqual([2, 3]);
  });

  it('forgets every answer once it holds its limit, and answers the same afterwards', () => {
    const asked: string[] = [];
    const upper = remembered((text: string) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('c'), upper('a')]).toEqual(['A', 'B', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
    expect(upper('c')).toBe('C');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
