import './app.css';
import { markEmbed } from '$lib/embed/embed-page';
import { restoreTheme } from '$lib/theme';

restoreTheme();
markEmbed();

// The page arrives drawn (prerendered). Its code is fetched only after that first paint, so the
// reader's first view never waits for it.
requestAnimationFrame(() => setTimeout(() => void import('./start-app')));
