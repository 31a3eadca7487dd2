export const HEIGHT_MESSAGE = 'takeover-watch:height';

/**
 * The code a third-party page pastes to show one chart: an iframe, and a short script that sets
 * its height from the embedded page's messages, trusting only messages from the embed's origin
 * and from that very frame. (Our own page runs only its two hashed head scripts inline; the
 * embedding page may run this one.)
 */
export function embedSnippet(src: string, title: string, comment: string): string {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = title;
  frame.width = '100%';
  frame.height = '560';
  frame.loading = 'lazy';
  frame.setAttribute('style', 'border:0;max-width:100%');
  const origin = JSON.stringify(new URL(src).origin);
  const script = [
    `<!-- ${comment.replaceAll('--', '—')} -->`,
    '<script>',
    'addEventListener("message", function (e) {',
    `  if (e.origin !== ${origin} || !e.data || e.data.type !== "${HEIGHT_MESSAGE}") return;`,
    '  var h = Math.min(Math.max(Number(e.data.height) || 0, 100), 5000);',
    '  document.querySelectorAll("iframe").forEach(function (f) {',
    '    if (f.contentWindow === e.source) f.style.height = h + "px";',
    '  });',
    '});',
    '</script>',
  ];
  return [frame.outerHTML, ...script].join('\n');
}
