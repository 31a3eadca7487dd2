import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePages, waitForLiveCharts } from '../support/page-session';

const pages = usePages();

/** What axe-core finds against WCAG 2.1 A and AA, as lines a failing test can show. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`,
    ),
  );
}

const VIEWS = [
  { name: 'the page', query: '' },
  { name: 'the SQL console and data check', query: 'open=sql,check&sql=SELECT%201' },
];

describe('accessibility (axe-core, WCAG 2.1 AA, production build)', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const view of VIEWS)
        it(`${view.name}, ${lang}, ${theme} theme: no violations`, async () => {
          const query = [`lang=${lang}`, view.query].filter(Boolean).join('&');
          const { page } = await pages.open(`?${query}`, {
            prepare: (page) => page.emulateMedia({ colorScheme: theme }),
          });
          await waitForLiveCharts(page);
          if (view.query.includes('sql')) await page.click('[data-action="run-sql"]');
          await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
          expect(await violations(page)).toEqual([]);
          await page.close();
        });
});
