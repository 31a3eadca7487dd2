import { hydrate, mount } from 'svelte';
import { readSnapshot } from '$views/snapshot';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const snapshot = readSnapshot(document);

/** The build prerenders the page: take over its markup. `vite dev` has none: draw from scratch. */
export default snapshot
  ? hydrate(App, { target, props: { snapshot } })
  : mount(App, { target, props: { snapshot } });
