import type { LoadHook } from 'node:module';
import { compileModule } from 'svelte/compiler';

/** A Node module hook: `.svelte.ts` and `.svelte.js` modules compiled by Svelte (runes). */
export const load: LoadHook = async (url, context, nextLoad) => {
  const loaded = await nextLoad(url, context);
  const filename = new URL(url).pathname;
  if (!/\.svelte\.[jt]s$/.test(filename)) return loaded;
  const { js } = compileModule(String(loaded.source), { generate: 'server', filename });
  return { ...loaded, source: js.code };
};
