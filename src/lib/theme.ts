export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'takeover-watch-theme';

/** The reader's own choice, kept in this browser; the system's theme until they make one. */
export function savedTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return THEMES.find((theme) => theme === saved) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Applies a theme to the page (app.css reads data-theme) and remembers it. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be off (private windows); the choice then lasts for this page only.
  }
}

/** Puts the reader's saved theme on the page as early as possible, before the app's code loads. */
export function restoreTheme(): void {
  const theme = savedTheme();
  if (theme !== 'system') document.documentElement.dataset.theme = theme;
}
