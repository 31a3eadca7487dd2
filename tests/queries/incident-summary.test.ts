import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node';
import { sqlIdentifier } from '$lib/db/sql-identifier';
import { sqlString } from '$lib/db/sql-literal';
import {
  incidentsByBrokerSql,
  incidentsByMonthSql,
  incidentsByStockSql,
  type IncidentCategoryRow,
  type IncidentMonthRow,
  type IncidentStockRow,
} from '$lib/queries/incident-summary';

const TYPES = {
  incident_date: 'DATE',
  broker: 'VARCHAR',
  stock: 'VARCHAR',
  ticker: 'VARCHAR',
  incident_type: 'VARCHAR',
  sell_oku_yen: 'DOUBLE',
  buy_oku_yen: 'DOUBLE',
  incident_id: 'VARCHAR',
  source_url: 'VARCHAR',
};
const ALL = Object.keys(TYPES);

const SMALL = `incident_date,broker,stock,ticker,incident_type,sell_oku_yen,buy_oku_yen,incident_id,source_url
2025-03-02,楽天証券,トヨタ自動車,7203,fraudulent_trade,1.5,,i1,https://example.org/1
2025-03-20,楽天証券,,7203,unauthorized_access,,,i2,
2025-05-01,,ソニー,6758,fraudulent_trade,2,3,i3,
2025-05-09,SBI証券,ソニー,6758,fraudulent_trade,,1,i4,
2025-05-31,"SBI証券",ソニー,,fraudulent_trade,0.25,,i5,
`;

/** Brokers B01…B18 with 18…1 incidents, then four incidents naming no broker (one blank). */
function manyBrokers(): string {
  const lines = ['incident_date,broker,sell_oku_yen'];
  for (let k = 1; k <= 18; k += 1) {
    const broker = `B${String(k).padStart(2, '0')}`;
    const sell = k === 16 ? '1' : k === 18 ? '2' : '';
    for (let n = 0; n < 19 - k; n += 1) lines.push(`2025-04-01,${broker},${sell}`);
  }
  lines.push('2025-04-02,,', '2025-04-02,,', '2025-04-02,,', '2025-04-02,"  ",');
  return `${lines.join('\n')}\n`;
}

let db: Db;
const QUOTED = 'upload "quoted" 表';

async function load(table: string, file: string, text: string, names: readonly string[]) {
  await db.registerText(file, text);
  const columns = names.map(
    (name) => `${sqlString(name)}: ${sqlString(TYPES[name as keyof typeof TYPES])}`,
  );
  await db.query(`CREATE TABLE ${sqlIdentifier(table)} AS SELECT * FROM read_csv(${sqlString(file)},
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {${columns.join(', ')}})`);
}

beforeAll(async () => {
  db = await openNodeDb();
  await load('upload_x', 'f.csv', SMALL, ALL);
  await load(QUOTED, 'q.csv', SMALL, ALL);
  await load('upload_many', 'many.csv', manyBrokers(), ['incident_date', 'broker', 'sell_oku_yen']);
});
afterAll(async () => {
  await db.close();
});

const months = (table: string, columns = ALL) =>
  db.query<IncidentMonthRow>(incidentsByMonthSql(table, columns));

describe('incidents by month', () => {
  it('counts every month from first to last, and a sum over only NULLs stays NULL', async () => {
    expect(await months('upload_x')).toEqual([
      {
        month: '2025-03',
        incidents: 2,
        sell_oku_yen: 1.5,
        sell_known: 1,
        buy_oku_yen: null,
        buy_known: 0,
      },
      {
        month: '2025-04',
        incidents: 0,
        sell_oku_yen: null,
        sell_known: 0,
        buy_oku_yen: null,
        buy_known: 0,
      },
      {
        month: '2025-05',
        incidents: 3,
        sell_oku_yen: 2.25,
        sell_known: 2,
        buy_oku_yen: 4,
        buy_known: 2,
      },
    ]);
  });

  it('quotes the table name and leaves out the amount columns the file lacks', async () => {
    const rows = await months(QUOTED, ['incident_date', 'broker']);
    expect(rows.map((row) => [row.month, row.incidents, row.sell_oku_yen, row.buy_known])).toEqual([
      ['2025-03', 2, null, 0],
      ['2025-04', 0, null, 0],
      ['2025-05', 3, null, 0],
    ]);
  });
});

describe('incidents by broker and by stock', () => {
  it('names brokers by incidents, then the incidents that name none', async () => {
    const rows = await db.query<IncidentCategoryRow>(incidentsByBrokerSql('upload_x', ALL));
    expect(
      rows.map((row) => [
        row.name,
        row.kind,
        row.incidents,
        row.members,
        row.sell_oku_yen,
        row.sell_known,
        row.buy_oku_yen,
      ]),
    ).toEqual([
      ['SBI証券', 'named', 2, 1, 0.25, 1, 1],
      ['楽天証券', 'named', 2, 1, 1.5, 1, null],
      [null, 'not_given', 1, 1, 2, 1, 3],
    ]);
  });

  it('keeps the top 15, never drops "not given", and sums the rest into one row', async () => {
    const rows = await db.query<IncidentCategoryRow>(
      incidentsByBrokerSql('upload_many', ALL.slice(0, 2).concat('sell_oku_yen')),
    );
    expect(rows).toHaveLength(17);
    expect(rows.slice(0, 15).map((row) => [row.name, row.incidents])).toEqual(
      Array.from({ length: 15 }, (_, index) => [
        `B${String(index + 1).padStart(2, '0')}`,
        18 - index,
      ]),
    );
    expect(rows[15]).toMatchObject({
      kind: 'not_given',
      name: null,
      incidents: 4,
      sell_oku_yen: null,
      sell_known: 0,
    });
    expect(rows[16]).toMatchObject({
      kind: 'others',
      name: null,
      incidents: 6,
      members: 3,
      sell_oku_yen: 5,
      sell_known: 4,
    });
    expect(rows.reduce((sum, row) => sum + row.incidents, 0)).toBe(175);
  });

  it('names a stock by its name, or by its code where the name is not given', async () => {
    const rows = await db.query<IncidentStockRow>(incidentsByStockSql('upload_x', ALL));
    expect(
      rows.map((row) => [
        row.name,
        row.ticker,
        row.kind,
        row.incidents,
        row.buy_oku_yen,
        row.buy_known,
      ]),
    ).toEqual([
      ['ソニー', '6758', 'named', 3, 4, 2],
      ['7203', null, 'named', 1, null, 0],
      ['トヨタ自動車', '7203', 'named', 1, null, 0],
    ]);
  });

  it('counts every incident as "not given" when the file has no such column', async () => {
    const rows = await db.query<IncidentStockRow>(
      incidentsByStockSql('upload_x', ['incident_date']),
    );
    expect(rows).toEqual([
      {
        name: null,
        ticker: null,
        kind: 'not_given',
        incidents: 5,
        members: 1,
        sell_oku_yen: null,
        sell_known: 0,
        buy_oku_yen: null,
        buy_known: 0,
      },
    ]);
  });
});
