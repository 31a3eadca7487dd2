export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Where the reader's choice is kept; the page's inline head script
 * (scripts/theme-restore-script.ts) reads it too.
 */
export const THEME_STORAGE_KEY = 'takeover-watch-theme';

/** The reader's own choice, kept in this browser; the system's theme until they make one. */
export function savedTheme(): Theme {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
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
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be off (private windows); the choice then lasts for this page only.
  }
}
