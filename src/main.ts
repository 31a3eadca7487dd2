import './app.css';
import { markEmbed } from '$lib/embed/embed-page';
import { languageRedirect } from '$lib/pages/language-redirect';
import { basePath } from '$lib/pages/page-links';
import { restoreTheme } from '$lib/theme';

// The build sends readers to the page in their language with an inline script, before the page
// paints (scripts/language-redirect-script.ts); `vite dev` has no such script.
const redirect = import.meta.env.DEV
  ? languageRedirect(basePath(), window.location, navigator.languages[0] ?? navigator.language)
  : null;

if (redirect) window.location.replace(redirect);
else {
  restoreTheme();
  markEmbed();
  // The page arrives drawn (prerendered). Its code is fetched only after that first paint, so the
  // reader's first view never waits for it.
  requestAnimationFrame(() => setTimeout(() => void import('./start-app')));
}
