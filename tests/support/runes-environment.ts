import type { Environment } from 'vitest/environments';

/**
 * Node, with modules compiled and resolved as for the browser: runes in `.svelte.ts` files get
 * Svelte's client runtime, whose $derived and $effect track dependencies (the server's do not).
 */
export default {
  name: 'runes',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
