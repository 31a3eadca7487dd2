import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '$lib/schema';
import { dataPackageOf } from '../../scripts/datapackage-plugin';
import { tabularDataPackageValidator } from '../support/datapackage-schema';

const DATA = path.resolve(import.meta.dirname, '../../data');
const PATHS = Object.fromEntries(
  TABLES.map((table) => [table.file, `assets/${table.name}-Bx1Yz2.csv`]),
);
const validate = tabularDataPackageValidator();
const descriptor = () => dataPackageOf(DATA, PATHS);

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package for the real data', async () => {
    const valid = validate(await descriptor());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails the profile when a resource loses its schema or a key names no list', async () => {
    const broken = await descriptor();
    const [first, second] = broken.resources;
    expect(validate({ ...broken, resources: [{ ...first, schema: undefined }, second] })).toBe(
      false,
    );
    const badKey = { ...second, schema: { ...second?.schema, primaryKey: 7 } };
    expect(validate({ ...broken, resources: [first, badKey] })).toBe(false);
  });

  it('describes each file under its built path, with the columns of its header row', async () => {
    const { resources } = await descriptor();
    for (const table of TABLES) {
      const resource = resources.find((candidate) => candidate.name === table.name);
      expect(resource?.path).toBe(PATHS[table.file]);
      const header = readFileSync(path.join(DATA, table.file), 'utf8').split(/\r?\n/)[0];
      expect(resource?.schema.fields.map((field) => field.name).join(',')).toBe(header);
    }
  });

  it('gives types, units, descriptions, keys and references from the schema declarations', async () => {
    const monthly = (await descriptor()).resources.find(
      (resource) => resource.name === 'fsa_monthly',
    );
    const field = (name: string) => monthly?.schema.fields.find((item) => item.name === name);
    expect(monthly?.schema.primaryKey).toEqual(['release_id', 'month']);
    expect(monthly?.schema.foreignKeys).toEqual([
      { fields: ['release_id'], reference: { resource: 'fsa_releases', fields: ['release_id'] } },
    ]);
    expect(field('fraudulent_trades')).toMatchObject({
      type: 'integer',
      unit: 'cases',
      constraints: { minimum: 0 },
    });
    expect(field('sell_oku_yen')).toMatchObject({ type: 'number' });
    expect(field('sell_oku_yen')?.unit).toMatch(/^億円/);
    expect(field('month')).toMatchObject({ type: 'yearmonth', constraints: { required: true } });
    expect(field('period_end')?.description).toMatch(/16 April/);
    expect(field('confidence')?.constraints?.enum).toEqual(['high', 'medium', 'low']);
    expect(monthly?.schema.missingValues).toEqual(['']);
  });

  it('names its licence, its version (the latest release) and every source the rows cite', async () => {
    const data = await descriptor();
    expect(data.version).toBe('2026-01-14');
    expect(data.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    const sources = data.sources.map((source) => source.path);
    expect(sources[0]).toBe('https://www.fsa.go.jp/ordinary/chuui/chuui_phishing.html');
    expect(sources).toContain(
      'https://www.city.hiroshima.lg.jp/living/shouhi/1025695/1025698/1039798.html',
    );
    expect(sources).toContain('https://ai.x.ezic.info/?p=1639');
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('refuses to describe a data file the build did not emit', async () => {
    const withoutStocks = Object.fromEntries(
      Object.entries(PATHS).filter(([file]) => file !== 'stocks.csv'),
    );
    await expect(dataPackageOf(DATA, withoutStocks)).rejects.toThrow(/stocks\.csv/);
  });
});
