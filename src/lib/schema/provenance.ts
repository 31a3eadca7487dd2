import type { ColumnSpec } from './column';

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const confidenceColumn = {
  name: 'confidence',
  kind: 'enum',
  required: true,
  values: CONFIDENCE_LEVELS,
  description:
    'high = regulator page or a verbatim copy, or a wire service quoting it; medium = a reputable outlet or a blog quoting one; low = a single secondary source, unverified',
} as const satisfies ColumnSpec;

export const sourceUrlColumn = {
  name: 'source_url',
  kind: 'url',
  required: true,
  description: 'The page the figures were read from',
} as const satisfies ColumnSpec;
