import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_COLOURS, withConcreteColours } from '../../src/share-card/card-colours';

describe('share card colours', () => {
  it('are app.css’s light theme, every custom property of it', () => {
    const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
    const light = Object.fromEntries(
      [...css.matchAll(/--([a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,/gi)].map(
        ([, name = '', value = '']) => [name, value.toLowerCase()],
      ),
    );
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(CARD_COLOURS).toEqual(light);
  });

  it('replace custom properties in chart markup, and refuse unknown ones', () => {
    expect(withConcreteColours('<circle fill="var(--panel)" stroke="var(--ink)"/>')).toBe(
      '<circle fill="#ffffff" stroke="#3d3d3d"/>',
    );
    expect(() => withConcreteColours('var(--nope)')).toThrow(/--nope/);
  });
});
