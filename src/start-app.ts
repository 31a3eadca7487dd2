import { hydrate, mount } from 'svelte';
import { pageText } from '$lib/pages/page-head';
import { basePath } from '$lib/pages/page-links';
import { pageAt } from '$lib/pages/pages';
import { readSnapshot } from '$views/snapshot';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const snapshot = readSnapshot(document);
/** The page's language and chart come from its path (ja/, chart/ID/), as the build drew it. */
const page = pageAt(window.location.pathname, basePath());

// The build writes each page's title; `vite dev` serves index.html's for every path.
if (!snapshot) document.title = pageText(page).title;

/** The build prerenders the page: take over its markup. `vite dev` has none: draw from scratch. */
export default snapshot
  ? hydrate(App, { target, props: { snapshot, page } })
  : mount(App, { target, props: { snapshot, page } });
