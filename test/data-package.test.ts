import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dataPackage, fingerprint, smelterTableSchema, type DownloadFile } from '../src/lib/domain/data-package.ts';
import { toCsv } from '../src/lib/presentation/downloads.ts';
import { smelterDownloadSchema } from '../src/schemas/smelter-download.ts';

const meanings = [
  { year: 2013, asOf: '2014-05-21', definition: 'Italicised facilities are compliant.' },
  { year: 2014, asOf: '2015-05-20', definition: 'Facilities marked (*) are compliant or active.' },
];

describe('smelterTableSchema', () => {
  const schema = smelterTableSchema(meanings);
  const field = (name: string) => schema.fields.find((item) => item.name === name);

  it('has one field per column of the zod download schema, in order, with its description', () => {
    expect(schema.fields.map((item) => item.name)).toEqual(Object.keys(smelterDownloadSchema.shape));
    expect(field('facility')?.description).toBe(smelterDownloadSchema.shape.facility.description);
  });

  it.each([
    ['year', { type: 'integer', constraints: { required: true, minimum: 2013, maximum: 2100 } }],
    ['metal', { type: 'string', constraints: { required: true, enum: ['Gold', 'Tantalum', 'Tin', 'Tungsten'] } }],
    ['marker', { type: 'string', constraints: { required: true, enum: ['yes', 'no'] } }],
    ['smelter_id', { type: 'string', constraints: { pattern: 'CID\\d{6}' } }],
    ['country', { type: 'string', constraints: { minLength: 1 } }],
    ['facility_id', { type: 'string', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } }],
  ])('%s: type and constraints from the zod rules (patterns as Table Schema writes them)', (name, expected) => {
    expect(field(name)).toMatchObject(expected);
  });

  it.each([
    ['one year', meanings.slice(1), ['In this file', '2014: “Facilities marked (*) are compliant or active.” (as of 2015-05-20)']],
    ['several years', meanings, ['Per year', '2013: “Italicised facilities are compliant.”', '2014: “Facilities marked (*)']],
  ] as const)('the marker says what it means in %s', (_label, given, phrases) => {
    const description = smelterTableSchema(given).fields.find((item) => item.name === 'marker')?.description ?? '';
    for (const phrase of phrases) expect(description).toContain(phrase);
    expect(description).toContain('differs between years');
  });

  it('treats an empty cell as missing', () => {
    expect(schema.missingValues).toEqual(['']);
  });
});

describe('dataPackage', () => {
  const body = toCsv(['year', 'facility'], [{ year: 2014, facility: 'Córrego' }]);
  const files: DownloadFile[] = [
    { name: 'smelters-2014-csv', path: 'https://example.org/reports/2014/smelters-2014.csv', title: 'T', description: 'D', format: 'csv', ...fingerprint(body), markers: meanings.slice(1) },
    { name: 'comparison-2013-2014-json', path: 'https://example.org/compare/2013-2014.json', title: 'C', description: 'D', format: 'json', ...fingerprint('{}') },
  ];
  const descriptor = dataPackage({ name: 'p', title: 'P', description: 'D', homepage: 'https://example.org/data/', sources: [] }, files);

  it('gives each file its size in bytes (UTF-8, byte order mark included) and SHA-256 hash', () => {
    expect(descriptor.resources[0]).toMatchObject({ bytes: Buffer.byteLength(body, 'utf8'), hash: `sha256:${createHash('sha256').update(body).digest('hex')}`, encoding: 'utf-8' });
    expect(Buffer.byteLength(body, 'utf8')).toBe(body.length + 2 /* the byte order mark takes 3 bytes */ + 1 /* “ó” takes 2 */);
  });

  it.each([
    [0, { profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv' }],
    [1, { profile: 'data-resource', format: 'json', mediatype: 'application/json' }],
  ] as const)('resource %i is described by its format', (index, expected) => {
    expect(descriptor.resources[index]).toMatchObject(expected);
    expect('schema' in (descriptor.resources[index] ?? {})).toBe(index === 0);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark, once', () => {
    const csv = toCsv(['a'], [{ a: 'x' }]);
    expect(csv.startsWith('\uFEFFa\r\n')).toBe(true);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
  });
});
