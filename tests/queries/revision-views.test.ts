import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { publishedMonths } from '$lib/queries/revision-history';
import DataCheckPanel, { load as loadChecks } from '$views/DataCheckPanel.svelte';
import RevisionHistoryView, { load as loadHistory } from '$views/RevisionHistoryView.svelte';
import { useDatasetDb } from '../support/dataset-db';

const db = useDatasetDb();

/** The text of the cell for one release and metric, tags and hydration comments removed. */
function cellText(html: string, release: string, metric: string): string | undefined {
  const row = html.match(new RegExp(`<tr data-release="${release}">(.*?)</tr>`))?.[1];
  const cell = row?.match(new RegExp(`<td data-metric="${metric}"[^>]*>(.*?)</td>`))?.[1];
  return cell
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('DataCheckPanel over the real checks', () => {
  it('says in words whether each stated total adds up', async () => {
    const { body } = render(DataCheckPanel, {
      props: { checks: await loadChecks(db()), error: null },
    });
    expect(body).toContain('data-panel="data-check"');
    expect(cellText(body, '2025-05-08', 'fraudulent_trades')).toBe('matches');
    expect(cellText(body, '2025-05-08', 'sell_oku_yen')).toBe(
      'matches within rounding sum 1,611.8 億円 · stated 1,612 億円',
    );
    expect(cellText(body, '2025-08-07', 'fraudulent_trades')).toBe(
      'cannot be checked (months missing: May, Jun)',
    );
    expect(cellText(body, '2025-10-06', 'unauthorized_access')).toBe('not stated');
  });

  it('shows a failure instead of a table', () => {
    const { body } = render(DataCheckPanel, { props: { checks: null, error: 'no engine' } });
    expect(body).toContain('The totals could not be checked.');
    expect(body).toMatch(/<[^>]+lang="en"[^>]*>no engine</);
    expect(body).not.toContain('<table');
  });
});

describe('RevisionHistoryView over the real history', () => {
  it('tells how April 2025 trades were revised, with the selection in its controls', async () => {
    const { body } = render(RevisionHistoryView, {
      props: {
        rows: await loadHistory(db(), '2025-04', 'fraudulent_trades'),
        error: null,
        month: '2025-04',
        metric: 'fraudulent_trades',
        months: await publishedMonths(db()),
        onchange: () => {},
      },
    });
    expect(body).toContain('data-chart="revision-history"');
    expect(body).toContain(
      'Apr 2025 fraudulent trades were first published as 736 (1–16 Apr 2025) and revised up to 2,987 by the Dec 2025 release.',
    );
    expect(body).toMatch(/<option value="2025-04" selected[^>]*>Apr 2025</);
    expect(body).toMatch(/<option value="fraudulent_trades" selected/);
    expect(body.match(/<circle class="point/g)).toHaveLength(7);
  });
});
