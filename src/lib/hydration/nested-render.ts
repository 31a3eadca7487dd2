import type { Component, Snippet } from 'svelte';

/** Renders a component on the server with the given contexts; the markup `hydrate` expects. */
export type NestedRender = (
  component: Component<{ section: Snippet }>,
  options: { props: { section: Snippet }; context: Map<unknown, unknown>; idPrefix: string },
) => string;

/** Context key under which the server render offers NestedRender (absent in the browser). */
export const NESTED_RENDER = Symbol('nested-render');
