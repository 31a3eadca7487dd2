/**
 * The page's colours in its light theme (app.css's `--name: light-dark(light, dark)`), as concrete
 * values: rasterisers ignore CSS custom properties. A unit test keeps them equal to app.css's
 * (read at build time, app.css would be a path the server bundle cannot rely on).
 */
export const CARD_COLOURS: Readonly<Record<string, string>> = {
  bg: '#f6f6f3',
  panel: '#ffffff',
  text: '#1f1f1f',
  muted: '#595959',
  border: '#d9d9d4',
  link: '#005a8c',
  ok: '#007a5a',
  error: '#b00020',
  grid: '#e6e6e1',
  highlight: '#fff3c4',
  'tooltip-bg': '#1f1f1f',
  'tooltip-fg': '#ffffff',
  ink: '#3d3d3d',
};

/** A colour of the page by its custom property's name (`ink` for `--ink`). */
export function colour(name: string): string {
  const value = CARD_COLOURS[name];
  if (!value) throw new Error(`app.css defines no --${name}`);
  return value;
}

/** `text` with every `var(--name)` replaced by the light theme's colour. */
export function withConcreteColours(text: string): string {
  return text.replace(/var\(--([a-z-]+)\)/gi, (_, name: string) => colour(name));
}
