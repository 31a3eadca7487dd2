import './app.css';
import { markEmbed } from '$lib/embed/embed-page';
import { yieldToMain } from '$lib/yield-to-main';

markEmbed();

// The page arrives drawn (prerendered). Its code is fetched only after that first paint, so the
// reader's first view never waits for it; it runs in a task of its own after its modules load.
requestAnimationFrame(() =>
  setTimeout(() => {
    void import('./start-app').then(async ({ startApp }) => {
      await yieldToMain();
      startApp();
    });
  }),
);
