import { describe, expect, it } from 'vitest';
import { inEnglish } from '../support/in-english';
import { buildPlan, type UploadChoices } from '$lib/upload/build-plan';

const free = (headers: string[]): UploadChoices => ({
  target: null,
  mode: 'beside',
  columns: headers.map((_, source) => ({ source, target: null, unit: null })),
  constants: {},
  wholeMonths: false,
  freeKinds: {},
});

describe('buildPlan', () => {
  it('keeps names DuckDB would confuse apart: case, the line column, working and original columns', () => {
    const headers = ['Region', 'region', 'source_line', '__line', 'amount_original'];
    const { plan, problems } = buildPlan(headers, free(headers));
    expect(problems).toEqual([]);
    expect(plan.map((column) => column.name)).toEqual([
      'Region',
      'region_2',
      'source_line_2',
      '__line_2',
      'amount_original_2',
    ]);
  });

  it('refuses a value for all rows that the column could not hold, such as a script address', () => {
    const headers = ['month', 'fraudulent_trades'];
    const choices: UploadChoices = {
      ...free(headers),
      target: 'fsa_monthly',
      columns: [
        { source: 0, target: 'month', unit: null },
        { source: 1, target: 'fraudulent_trades', unit: null },
      ],
      wholeMonths: true,
      constants: { release_id: '2026-01', confidence: 'low', source_url: 'javascript:alert(1)' },
    };
    expect(inEnglish(buildPlan(headers, choices).problems)).toEqual([
      'source_url "javascript:alert(1)" must be a web address starting with http:// or https://',
    ]);
    const fixed = { ...choices, constants: { ...choices.constants, source_url: 'https://x.test' } };
    expect(buildPlan(headers, fixed).problems).toEqual([]);
  });
});
