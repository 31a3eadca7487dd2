/**
 * Makes rendered markup comparable as text: drops Svelte's hydration comments and scoped-style
 * class hashes, rounds numbers to 3 decimals and puts one tag per line.
 */
export function normaliseSvg(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ svelte-[a-z0-9]+/g, '')
    .replace(/-?\d+\.\d{4,}/g, (number) => String(Math.round(Number(number) * 1000) / 1000))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}
