import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * A plugin that works on the finished build folder: its closeBundle is sequential with
 * `order: 'post'`, so it starts once every plain one (the prerender's pages included) has
 * finished, wherever it is listed. Among such plugins the plugin list decides the order.
 */
export function onFinishedBuild(
  name: string,
  work: (outDir: string, config: ResolvedConfig) => Promise<void>,
): Plugin {
  let config: ResolvedConfig;
  return {
    name,
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler: () => work(path.resolve(config.root, config.build.outDir), config),
    },
  };
}
