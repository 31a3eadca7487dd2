import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { TABLES } from '$lib/schema';
import { SQL_EXAMPLES } from '$lib/sql/examples';
import SqlConsole from '$views/SqlConsole.svelte';
import ResultTable from '$views/sql/ResultTable.svelte';

describe('the SQL console as first drawn', () => {
  const { body } = render(SqlConsole, {
    props: {
      db: null,
      engineState: 'idle',
      sql: "SELECT * FROM brokers WHERE broker_en = '<b>x</b>'",
      onneedengine: () => {},
    },
  });

  it('has the stable hooks and the query from a link, not yet run', () => {
    expect(body).toMatch(/<section[^>]*data-panel="sql"[^>]*aria-labelledby="sql-console-title"/);
    expect(body).toMatch(/<textarea[^>]*id="sql-editor"[^>]*spellcheck="false"/);
    expect(body).toContain('&lt;b>x&lt;/b>');
    expect(body).toContain('data-action="run-sql"');
    expect(body).not.toContain('data-result="sql"');
    expect(body).not.toContain('data-action="cancel-sql"');
  });

  it('lists every example, table and the latest view', () => {
    for (const example of SQL_EXAMPLES) expect(body).toContain(`data-example="${example.id}"`);
    for (const table of TABLES) expect(body).toContain(`data-schema="${table.name}"`);
    expect(body).toContain('data-schema="fsa_monthly_latest"');
    expect(body).toContain('data-insert="fraudulent_trades_confidence"');
  });
});

describe('a result table', () => {
  const rows = Array.from({ length: 120 }, (_, index) => ({
    month: `m${index}`,
    trades: index === 0 ? null : index,
    note: index === 1 ? '<script>alert(1)</script>' : '',
  }));
  const { body } = render(ResultTable, {
    props: {
      result: {
        columns: [
          { name: 'month', type: 'Utf8' },
          { name: 'trades', type: 'Float64' },
          { name: 'note', type: 'Utf8' },
        ],
        rows,
      },
    },
  });

  it('shows the first 50 of 120 rows with a pager', () => {
    expect(body).toMatch(/<table data-result="sql" data-row-count="120"/);
    expect(body.match(/<tr>/g)).toHaveLength(51);
    expect(body).toContain('Rows 1–50 of 120');
    expect(body).toContain('data-action="sql-next-page"');
  });

  it('marks NULL apart from zero and empty text, and never renders cells as HTML', () => {
    expect(body).toMatch(/<td class="null[^"]* num" data-null="" title="NULL[^"]*">/);
    expect(body).toMatch(/<td class="[^"]* num">1<\/td>/);
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(body).not.toContain('<script>');
  });
});
