// Runs in the page before any of its own scripts (Playwright init script). Records when the first
// chart is painted and when DuckDB is ready, from the page's own clock.
(() => {
  /** @type {{ firstChart: number | null; duckdbReady: number | null; chartSeen: boolean }} */
  const marks = { firstChart: null, duckdbReady: null, chartSeen: false };
  /** @type {any} */ (window).__benchMarks = marks;
  const observer = new MutationObserver(() => {
    if (!marks.chartSeen && document.querySelector('figure[data-chart] svg.chart-svg')) {
      marks.chartSeen = true;
      // The frame that paints the inserted chart starts with this callback.
      requestAnimationFrame(() => {
        marks.firstChart = performance.now();
      });
    }
    if (
      marks.duckdbReady === null &&
      document.querySelector('[data-status="duckdb"][data-state="ready"]')
    ) {
      marks.duckdbReady = performance.now();
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });

  /**
   * Times one change of a select: from the change event to the frame that shows `shows`.
   * @param {string} control a selector for the select
   * @param {string} value
   * @param {string} shows
   * @param {'frame' | 'layout'} until 'frame': to the next frame after the update, including the
   *   wait for it; 'layout': to the updated DOM laid out, the work alone
   * @param {boolean} [labelled] `shows` must also contain the chosen option's text (the page
   *   names what it shows in the reader's language)
   * @returns {Promise<number>}
   */
  function timeChange(control, value, shows, until, labelled = false) {
    return new Promise((resolve, reject) => {
      // A page that never shows it fails the benchmark rather than stalling it.
      const stalled = setTimeout(
        () => reject(new Error(`after choosing ${value} in ${control}, never showed ${shows}`)),
        60_000,
      );
      const select = /** @type {HTMLSelectElement} */ (document.querySelector(control));
      const option = [...select.options].find((candidate) => candidate.value === value);
      const label = labelled ? (option?.textContent ?? '').trim() : '';
      const start = performance.now();
      const changed = new MutationObserver(() => {
        const shown = document.querySelector(shows);
        if (!shown || !(shown.textContent ?? '').includes(label)) return;
        changed.disconnect();
        clearTimeout(stalled);
        if (until === 'layout') {
          document.body.getBoundingClientRect();
          resolve(performance.now() - start);
        } else {
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      });
      changed.observe(document.body, { subtree: true, childList: true, attributes: true });
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
  /**
   * Resolves once no section lags the page (a section far from the screen redraws after the frame
   * that shows the change: SectionGate), with the page laid out.
   * @returns {Promise<void>}
   */
  function sectionsCaughtUp() {
    return new Promise((resolve, reject) => {
      const stalled = setTimeout(() => reject(new Error('a section never caught up')), 60_000);
      const caughtUp = () => {
        if (document.querySelector('.lazy-section[data-behind]')) return false;
        watching.disconnect();
        clearTimeout(stalled);
        document.body.getBoundingClientRect();
        resolve();
        return true;
      };
      const watching = new MutationObserver(caughtUp);
      if (caughtUp()) return;
      watching.observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-behind'],
      });
    });
  }

  /**
   * Times one change as timeChange does, and also until every section shows it.
   * @param {string} control
   * @param {string} value
   * @param {string} shows
   * @param {'frame' | 'layout'} until
   * @returns {Promise<{ shown: number; settled: number }>}
   */
  async function timeChangeSettled(control, value, shows, until) {
    const start = performance.now();
    const shown = await timeChange(control, value, shows, until);
    await sectionsCaughtUp();
    return { shown, settled: performance.now() - start };
  }
  /** @type {any} */ (window).__benchChange = timeChange;
  /** @type {any} */ (window).__benchChangeSettled = timeChangeSettled;
})();
