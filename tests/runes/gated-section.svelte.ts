import { flushSync } from 'svelte';
import { SectionGate } from '$lib/hydration/section-gate.svelte';

/**
 * A gate over a release, a value nothing draws and a value made afresh on every read, with an
 * effect that draws the release (and reads the fresh one), as a section's chart would.
 */
export function gatedSection() {
  const source = $state({ release: 'latest', unread: 1 });
  const drawn: string[] = [];
  let gate!: SectionGate<{
    release: () => string;
    unread: () => number;
    fresh: () => { release: string };
  }>;
  const stopRoot = $effect.root(() => {
    gate = new SectionGate({
      release: () => source.release,
      unread: () => source.unread,
      fresh: () => ({ release: source.release }),
    });
    $effect(() => {
      drawn.push(gate.values.release);
      void gate.values.fresh;
    });
  });
  flushSync();
  const box = {};
  const section = { dataset: {}, firstElementChild: box } as unknown as HTMLElement;
  const unwatch = gate.watch(section);
  return {
    source,
    drawn,
    gate,
    section,
    stop: () => {
      unwatch();
      stopRoot();
    },
  };
}
