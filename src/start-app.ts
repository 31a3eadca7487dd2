import { hydrate, mount } from 'svelte';
import { basePath } from '$lib/pages/page-links';
import { pageAt } from '$lib/pages/pages';
import { readSnapshot } from '$views/snapshot';
import App from './App.svelte';

/** The build prerenders the page: take over its markup. `vite dev` has none: draw from scratch. */
export function startApp() {
  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  const snapshot = readSnapshot(document);
  const page = pageAt(window.location.pathname, basePath());
  return snapshot
    ? hydrate(App, { target, props: { snapshot, page } })
    : mount(App, { target, props: { snapshot, page } });
}
