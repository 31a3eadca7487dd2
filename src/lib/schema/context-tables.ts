import type { TableSpec } from './column';
import { confidenceColumn, sourceUrlColumn } from './provenance.ts';

export const EVENT_CATEGORIES = [
  'regulator',
  'broker',
  'industry',
  'market',
  'media',
  'research',
  'law-enforcement',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const brokers = {
  name: 'brokers',
  file: 'brokers.csv',
  description: 'Securities firms with reported fraudulent trades',
  columns: [
    { name: 'broker_en', kind: 'text', required: true, description: 'Name in English' },
    { name: 'broker_ja', kind: 'text', required: true, description: 'Name in Japanese' },
    {
      name: 'first_reported',
      kind: 'date',
      required: true,
      description: 'Earliest public naming found',
    },
    {
      name: 'reported_in',
      kind: 'text',
      required: false,
      description: 'Where it was first reported',
    },
    {
      name: 'mfa_measure',
      kind: 'text',
      required: false,
      description: 'Login multi-factor authentication measures',
    },
    {
      name: 'mfa_mandatory_date',
      kind: 'date',
      required: false,
      description: 'When login MFA became mandatory',
    },
    {
      name: 'compensation_policy',
      kind: 'text',
      required: false,
      description: 'Published compensation policy',
    },
    {
      name: 'provision_oku_yen',
      kind: 'oku_yen',
      required: false,
      unit: '億円 (100 million yen)',
      description: 'Compensation cost booked or expected',
    },
    {
      name: 'provision_period',
      kind: 'text',
      required: false,
      description: 'Period and status of the provision',
    },
    confidenceColumn,
    sourceUrlColumn,
    { name: 'note', kind: 'text', required: false, description: 'Details and caveats' },
  ],
  key: ['broker_en'],
} as const satisfies TableSpec;

export const stocks = {
  name: 'stocks',
  file: 'stocks.csv',
  description: 'Stocks reported as traded through hijacked accounts',
  columns: [
    { name: 'name_en', kind: 'text', required: true, description: 'Company name in English' },
    { name: 'name_ja', kind: 'text', required: true, description: 'Company name in Japanese' },
    { name: 'ticker', kind: 'text', required: false, description: 'Exchange code' },
    { name: 'exchange', kind: 'text', required: true, description: 'Exchange and segment' },
    { name: 'country', kind: 'text', required: true, description: 'Country of listing' },
    {
      name: 'event_date',
      kind: 'date',
      required: false,
      description: 'Trading day of the reported event',
    },
    { name: 'role', kind: 'text', required: true, description: 'How the stock was involved' },
    {
      name: 'volume_on_date',
      kind: 'count',
      required: false,
      unit: 'shares',
      description: 'Volume on the event day',
    },
    {
      name: 'baseline_volume',
      kind: 'count',
      required: false,
      unit: 'shares',
      description: 'Volume the spike is compared with',
    },
    {
      name: 'baseline_kind',
      kind: 'text',
      required: false,
      description: 'Which baseline (6-month average, previous day)',
    },
    { name: 'price_note', kind: 'text', required: false, description: 'Reported price moves' },
    confidenceColumn,
    sourceUrlColumn,
    { name: 'note', kind: 'text', required: false, description: 'Details and caveats' },
  ],
  key: ['name_en', 'event_date'],
} as const satisfies TableSpec;

export const events = {
  name: 'events',
  file: 'events.csv',
  description: 'Dated events for timeline annotations',
  columns: [
    { name: 'date', kind: 'date', required: true, description: 'Date of the event' },
    { name: 'event_en', kind: 'text', required: true, description: 'What happened, in English' },
    { name: 'event_ja', kind: 'text', required: true, description: 'What happened, in Japanese' },
    {
      name: 'category',
      kind: 'enum',
      required: true,
      values: EVENT_CATEGORIES,
      description: 'Who acted',
    },
    sourceUrlColumn,
  ],
} as const satisfies TableSpec;
