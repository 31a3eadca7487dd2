/** A question a journalist might ask, with SQL that answers it from the built-in tables. */
export interface SqlExample {
  readonly id: string;
  readonly title: string;
  readonly sql: string;
}

export const SQL_EXAMPLES = [
  {
    id: 'april-revisions',
    title: "How did April 2025's fraudulent-trade count change with each release?",
    sql: `SELECT
  m.release_id,
  r.release_date,
  m.period_end,
  m.fraudulent_trades,
  m.fraudulent_trades - lag(m.fraudulent_trades) OVER (ORDER BY m.release_id) AS change,
  m.confidence
FROM fsa_monthly AS m
JOIN fsa_releases AS r USING (release_id)
WHERE m.month = '2025-04' AND m.fraudulent_trades IS NOT NULL
ORDER BY m.release_id`,
  },
  {
    id: 'low-confidence-months',
    title: "Which months' latest figures are low confidence?",
    sql: `SELECT
  month,
  fraudulent_trades,
  fraudulent_trades_release,
  fraudulent_trades_confidence,
  unauthorized_access,
  unauthorized_access_release,
  unauthorized_access_confidence
FROM fsa_monthly_latest
WHERE 'low' IN (fraudulent_trades_confidence, unauthorized_access_confidence)
ORDER BY month`,
  },
  {
    id: 'months-vs-stated-totals',
    title: "Do each release's months add up to the running total it stated?",
    sql: `SELECT
  r.release_id,
  count(m.fraudulent_trades) AS months_with_trades,
  sum(m.fraudulent_trades) AS sum_of_months,
  r.total_fraudulent_trades AS stated_total,
  r.total_fraudulent_trades - sum(m.fraudulent_trades) AS not_in_published_months
FROM fsa_releases AS r
LEFT JOIN fsa_monthly AS m USING (release_id)
GROUP BY r.release_id, r.total_fraudulent_trades
ORDER BY r.release_id`,
  },
  {
    id: 'mandatory-mfa',
    title: 'Brokers with a mandatory-MFA date, in order',
    sql: `SELECT
  broker_en,
  broker_ja,
  first_reported,
  mfa_mandatory_date,
  mfa_mandatory_date - first_reported AS days_after_first_report,
  confidence
FROM brokers
WHERE mfa_mandatory_date IS NOT NULL
ORDER BY mfa_mandatory_date, broker_en`,
  },
  {
    id: 'compensation-provisions',
    title: 'Compensation provisions booked or expected (億円)',
    sql: `SELECT
  broker_en,
  provision_oku_yen,
  provision_oku_yen / 10 AS provision_yen_bn,
  provision_period,
  compensation_policy,
  confidence
FROM brokers
WHERE provision_oku_yen IS NOT NULL
ORDER BY provision_oku_yen DESC`,
  },
  {
    id: 'events-by-category',
    title: 'Events by category',
    sql: `SELECT
  category,
  count(*) AS events,
  min(date) AS first_event,
  max(date) AS last_event
FROM events
GROUP BY category
ORDER BY events DESC, category`,
  },
] as const satisfies readonly SqlExample[];

export type SqlExampleId = (typeof SQL_EXAMPLES)[number]['id'];
