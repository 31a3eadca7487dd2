// Runs in the page before any of its own scripts (Playwright init script). Records when the first
// chart is painted and when DuckDB is ready, from the page's own clock.
(() => {
  const marks = { firstChart: null, duckdbReady: null };
  window.__benchMarks = marks;
  const observer = new MutationObserver(() => {
    if (marks.firstChart === null && !marks.pendingChart) {
      if (document.querySelector('figure[data-chart] svg.chart-svg')) {
        marks.pendingChart = true;
        // The frame that paints the inserted chart starts with this callback.
        requestAnimationFrame(() => {
          marks.firstChart = performance.now();
        });
      }
    }
    if (marks.duckdbReady === null && document.querySelector('[data-status="duckdb"][data-state="ready"]')) {
      marks.duckdbReady = performance.now();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();

// Times one release change: from the change event to the frame that shows `shows`.
window.__benchReleaseChange = (release, shows) =>
  new Promise((resolve) => {
    const select = document.querySelector('select[data-control="release"]');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(shows)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    select.value = release;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
