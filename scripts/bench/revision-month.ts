import type { Page } from 'playwright-core';

const REVISION_MONTH = 'select[data-control="revision-month"]';
/** The revision history, drawn and not waiting; its takeaway names the month it shows. */
const SHOWING =
  'figure[data-chart="revision-history"][data-state="ready"]:not([aria-busy="true"]) .takeaway';
/** Months shown per run, after which the default month comes back. */
const MONTHS_PER_RUN = 5;

/**
 * Times changes of the revision history's month, each to the frame that shows the chosen month's
 * revisions: a few months in turn (each once, so nothing is cached from this run), then the one
 * the page started with.
 */
export async function measureRevisionMonths(page: Page): Promise<number[]> {
  await page.$eval(REVISION_MONTH, (select) => select.scrollIntoView({ block: 'center' }));
  const { months, initial } = await page.$eval(REVISION_MONTH, (select) => ({
    months: [...(select as HTMLSelectElement).options].map((option) => option.value),
    initial: (select as HTMLSelectElement).value,
  }));
  // The earliest months: every figure of theirs is published, so each has a history to draw.
  const others = months.filter((month) => month !== initial).slice(0, MONTHS_PER_RUN);
  const times: number[] = [];
  for (const month of [...others, initial]) {
    const args = [REVISION_MONTH, month, SHOWING, 'frame', true].map((arg) => JSON.stringify(arg));
    times.push(await page.evaluate<number>(`window.__benchChange(${args.join(', ')})`));
  }
  return times;
}
