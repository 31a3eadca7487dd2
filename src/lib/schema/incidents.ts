import type { TableSpec } from './column';

/**
 * One row per incident, as a reader's own file gives it. Not part of the published dataset: it
 * exists only once a reader uploads such a file, and is aggregated by month, broker and stock.
 */
export const incidents = {
  name: 'incidents',
  file: 'incidents.csv',
  description: 'One row per incident (a reader’s upload, not published FSA figures)',
  columns: [
    { name: 'incident_date', kind: 'date', required: true, description: 'When it happened' },
    { name: 'broker', kind: 'text', required: false, description: 'Securities firm' },
    { name: 'stock', kind: 'text', required: false, description: 'Stock traded' },
    { name: 'ticker', kind: 'text', required: false, description: 'Exchange code of the stock' },
    {
      name: 'incident_type',
      kind: 'text',
      required: false,
      description: 'What happened (for example unauthorized access, fraudulent trade)',
    },
    {
      name: 'sell_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: '億円 (100 million yen)',
      description: 'Amount sold from the account',
    },
    {
      name: 'buy_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: '億円 (100 million yen)',
      description: 'Amount bought through the account',
    },
    { name: 'incident_id', kind: 'text', required: false, description: 'The file’s own id' },
    { name: 'source_url', kind: 'url', required: false, description: 'Where it was reported' },
  ],
} as const satisfies TableSpec;
