import { flushSync } from 'svelte';
import { SectionGate } from '$lib/hydration/section-gate.svelte';

/** A gate over one value, with an effect that draws it, as a section's chart would. */
export function gatedSection() {
  const source = $state({ release: 'latest', unread: 1 });
  const drawn: string[] = [];
  let gate!: SectionGate<{ release: () => string; unread: () => number }>;
  const stopRoot = $effect.root(() => {
    gate = new SectionGate({ release: () => source.release, unread: () => source.unread });
    $effect(() => {
      drawn.push(gate.values.release);
    });
  });
  flushSync();
  const section = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
  const unwatch = gate.watch(section, section);
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
