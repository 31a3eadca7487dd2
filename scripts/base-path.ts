/** The path part of Vite's base ('/takeover-watch/' or 'https://cdn.example/x/' → '/x/'). */
export function basePathOf(base: string): string {
  if (!base.startsWith('/') && !/^https?:\/\//.test(base))
    throw new Error(
      `The base must be a path from the site's root (like /takeover-watch/), not "${base}".`,
    );
  return new URL(base, 'http://localhost').pathname.replace(/\/?$/, '/');
}
