import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '$lib/download/to-csv';

describe('toCsv', () => {
  it('starts with a byte-order mark, uses CRLF and leaves missing values empty', () => {
    const csv = toCsv(
      ['month', 'trades'],
      [
        { month: '2025-04', trades: 2987 },
        { month: '2025-12', trades: null },
      ],
    );
    expect(csv).toBe('\uFEFFmonth,trades\r\n2025-04,2987\r\n2025-12,\r\n');
  });

  it('quotes commas, quotes and line breaks, and keeps Japanese as is', () => {
    expect(csvCell('楽天証券')).toBe('楽天証券');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(-5)).toBe('-5');
  });
});
