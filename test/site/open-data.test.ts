import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { smelterDownloadSchema } from '../../src/schemas/smelter-download.ts';
import { checklistColumns } from '../../src/schemas/checklist-download.ts';
import { dist, exists, htmlFiles, mainOf, page, projectRoot, textOf } from './built-site.ts';

// A focused validator of the Frictionless Data Package and Table Schema (v1) rules the site's
// descriptor relies on, so the test needs no validator package.
interface Constraints { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number; minLength?: number; maxLength?: number }
interface Field { name: string; type?: string; format?: string; description?: string; constraints?: Constraints }
interface TableSchema { fields: Field[]; primaryKey?: string | string[]; missingValues?: string[] }
interface Resource { name: string; path: string | string[]; format?: string; mediatype?: string; encoding?: string; bytes?: number; hash?: string; profile?: string; schema?: TableSchema }
interface Descriptor { name?: string; profile?: string; resources: Resource[]; homepage?: string }

const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const CONSTRAINTS = ['required', 'unique', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength'];
const NAME = /^[a-z0-9._-]+$/;

/** Problems with a descriptor under the Data Package and Table Schema rules. */
function descriptorProblems(descriptor: Descriptor): string[] {
  const problems: string[] = [];
  if (descriptor.name !== undefined && !NAME.test(descriptor.name)) problems.push(`package name "${descriptor.name}" is not lowercase [a-z0-9._-]`);
  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) return [...problems, 'resources must be a non-empty array'];
  const names = new Set<string>();
  for (const resource of descriptor.resources) {
    const at = `resource ${resource.name}`;
    if (typeof resource.name !== 'string' || !NAME.test(resource.name)) problems.push(`${at}: name must be lowercase [a-z0-9._-]`);
    if (names.has(resource.name)) problems.push(`${at}: name used twice`);
    names.add(resource.name);
    for (const path of [resource.path].flat()) {
      if (typeof path !== 'string' || path === '') problems.push(`${at}: path is required`);
      else if (!/^https?:\/\//.test(path) && (path.startsWith('/') || path.split('/').includes('..'))) problems.push(`${at}: a relative path may not be absolute or contain ".."`);
    }
    if (resource.bytes !== undefined && !Number.isInteger(resource.bytes)) problems.push(`${at}: bytes must be an integer`);
    if (resource.hash !== undefined && !/^(?:[a-z0-9]+:)?[0-9a-f]+$/.test(resource.hash)) problems.push(`${at}: hash must be [algorithm:]hex`);
    for (const key of ['format', 'mediatype', 'encoding'] as const) if (resource[key] !== undefined && typeof resource[key] !== 'string') problems.push(`${at}: ${key} must be a string`);
    if (resource.profile === 'tabular-data-resource' && !resource.schema) problems.push(`${at}: a tabular data resource needs a schema`);
    if (resource.schema) problems.push(...schemaProblems(resource.schema).map((problem) => `${at}: ${problem}`));
  }
  return problems;
}

function schemaProblems(schema: TableSchema): string[] {
  const problems: string[] = [];
  if (!Array.isArray(schema.fields) || schema.fields.length === 0) return ['schema.fields must be a non-empty array'];
  const names = schema.fields.map((field) => field.name);
  for (const field of schema.fields) {
    if (typeof field.name !== 'string' || field.name === '') problems.push('every field needs a name');
    if (field.type !== undefined && !FIELD_TYPES.includes(field.type)) problems.push(`field ${field.name}: type "${field.type}" is not a Table Schema type`);
    for (const [key, value] of Object.entries(field.constraints ?? {})) {
      if (!CONSTRAINTS.includes(key)) problems.push(`field ${field.name}: unknown constraint ${key}`);
      if ((key === 'required' || key === 'unique') && typeof value !== 'boolean') problems.push(`field ${field.name}: ${key} must be true or false`);
      if (key === 'enum' && (!Array.isArray(value) || value.length === 0)) problems.push(`field ${field.name}: enum must be a non-empty array`);
      if (key === 'pattern' && (typeof value !== 'string' || /^\^|\$$|\(\?/.test(value))) problems.push(`field ${field.name}: pattern must be an XML Schema expression (implicitly anchored, no "(?")`);
    }
  }
  if (new Set(names).size !== names.length) problems.push('field names must be unique');
  if (schema.primaryKey !== undefined && ![schema.primaryKey].flat().every((key) => typeof key === 'string' && names.includes(key))) problems.push('primaryKey must name fields of the schema');
  if (schema.missingValues !== undefined && !(Array.isArray(schema.missingValues) && schema.missingValues.every((value) => typeof value === 'string'))) problems.push('missingValues must be an array of strings');
  return problems;
}

/** Problems of each CSV row against the schema: header, missing values, types and constraints. */
function rowProblems(schema: TableSchema, header: string[], rows: string[][]): string[] {
  const problems: string[] = [];
  if (header.join(',') !== schema.fields.map((field) => field.name).join(',')) problems.push(`header ${header.join(',')} is not the schema's fields in order`);
  const missing = new Set(schema.missingValues ?? ['']);
  rows.forEach((row, index) => {
    schema.fields.forEach((field, column) => {
      const value = row[column] ?? '';
      const at = `row ${index + 2}, ${field.name} "${value}"`;
      const constraints = field.constraints ?? {};
      if (missing.has(value)) {
        if (constraints.required) problems.push(`${at}: required`);
        return;
      }
      if (field.type === 'integer' && !/^[+-]?\d+$/.test(value)) problems.push(`${at}: not an integer`);
      if (constraints.enum && !constraints.enum.includes(value)) problems.push(`${at}: not one of ${constraints.enum.join(', ')}`);
      if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`, 'u').test(value)) problems.push(`${at}: does not match ${constraints.pattern}`);
      if (constraints.minimum !== undefined && Number(value) < constraints.minimum) problems.push(`${at}: below ${constraints.minimum}`);
      if (constraints.maximum !== undefined && Number(value) > constraints.maximum) problems.push(`${at}: above ${constraints.maximum}`);
      if (constraints.minLength !== undefined && value.length < constraints.minLength) problems.push(`${at}: shorter than ${constraints.minLength}`);
    });
  });
  return problems;
}

const content = loadContent(projectRoot);
const descriptor = JSON.parse(page('/data/datapackage.json')) as Descriptor;
/** The built file of a resource path (an absolute URL on the configured site). */
const fileOf = (path: string) => join(dist, new URL(path).pathname);
const csvResources = descriptor.resources.filter((resource) => resource.format === 'csv');
/** The smelter tables (the other CSV file is the partner's checklist). */
const smelterCsvResources = csvResources.filter((resource) => resource.name.startsWith('smelters-'));
const parse = (bytes: Buffer) => {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  return { hasBom: text.startsWith('\uFEFF'), rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data };
};

describe('the data package', () => {
  it('follows the Data Package and Table Schema rules', () => {
    expect(descriptorProblems(descriptor)).toEqual([]);
  });

  it('the validator catches what it checks for', () => {
    const broken = { name: 'Bad Name', resources: [{ name: 'a', path: '../x.csv', profile: 'tabular-data-resource', schema: { fields: [{ name: 'x', type: 'text', constraints: { pattern: '^x$', enum: [] } }], primaryKey: 'y', missingValues: [0] } }] } as unknown as Descriptor;
    expect(descriptorProblems(broken)).toHaveLength(7);
    const schema: TableSchema = { fields: [{ name: 'year', type: 'integer', constraints: { required: true } }, { name: 'id', type: 'string', constraints: { pattern: 'CID[0-9]{6}' } }] };
    expect(rowProblems(schema, ['year', 'id'], [['2014', 'CID000001'], ['', 'CID1'], ['x', '']])).toEqual(['row 3, year "": required', 'row 3, id "CID1": does not match CID[0-9]{6}', 'row 4, year "x": not an integer']);
  });

  it('lists every download the site links, each path an existing file whose size and hash match', () => {
    const names = descriptor.resources.map((resource) => new URL(String(resource.path)).pathname);
    const years = content.reports.map((report) => report.data.year);
    expect(names).toEqual(expect.arrayContaining([...years.flatMap((year) => [`/reports/${year}/smelters-${year}.csv`, `/reports/${year}/smelters-${year}.json`]), '/reports/smelters-all-years.csv', '/reports/smelters-all-years.json']));
    const linked = new Set(htmlFiles().flatMap((file) => [...page(`/${file}`).matchAll(/href="([^"]+\.(?:csv|json))"/g)].map((match) => match[1])));
    expect([...linked].filter((href) => href !== '/data/datapackage.json' && !names.includes(href ?? ''))).toEqual([]);
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(fileOf(String(resource.path)));
      expect(bytes.length, resource.name).toBe(resource.bytes);
      if (resource.format === 'json') expect(() => JSON.parse(bytes.toString('utf8')), resource.name).not.toThrow();
    }
  });

  it('generates the table schema from the zod schema: the same columns, descriptions and required fields', () => {
    const shape = smelterDownloadSchema.shape;
    expect(smelterCsvResources.length).toBe(content.reports.length + 1);
    for (const resource of smelterCsvResources) {
      const fields = resource.schema?.fields ?? [];
      expect(fields.map((field) => field.name)).toEqual(Object.keys(shape));
      for (const field of fields) {
        const zodField = shape[field.name as keyof typeof shape];
        expect(field.description, field.name).toContain(zodField.description);
        expect(field.constraints?.required === true, field.name).toBe(!zodField.safeParse(undefined).success);
      }
    }
  });

  it('says in the marker field what the marker means, per year, from each report’s front matter', () => {
    for (const resource of smelterCsvResources) {
      const marker = resource.schema?.fields.find((field) => field.name === 'marker')?.description ?? '';
      const years = resource.name === 'smelters-all-years-csv' ? content.reports : content.reports.filter((report) => resource.name === `smelters-${report.data.year}-csv`);
      expect(years.length, resource.name).toBeGreaterThan(0);
      for (const report of years) expect(marker, resource.name).toContain(`${report.data.year}: “${report.data.marker.quote}”`);
      expect(marker).toMatch(/differs between years/);
    }
  });

  it.each(csvResources.map((resource) => [resource.name, resource] as const))('%s: every row conforms to its schema', (_name, resource) => {
    const { rows } = parse(readFileSync(fileOf(String(resource.path))));
    const [header = [], ...body] = rows;
    expect(body.length).toBeGreaterThan(0);
    expect(rowProblems(resource.schema as TableSchema, header, body)).toEqual([]);
  });
});

describe('the CSV downloads in a spreadsheet', () => {
  it.each(smelterCsvResources.map((resource) => [resource.name, resource] as const))('%s starts with a UTF-8 byte order mark, has a year column and keeps accented names', (_name, resource) => {
    const bytes = readFileSync(fileOf(String(resource.path)));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { hasBom, rows } = parse(bytes);
    expect(hasBom).toBe(true);
    const [header = [], ...body] = rows;
    expect(header[0]).toBe('year');
    const years = new Set(body.map((row) => Number(row[0])));
    expect([...years].every((year) => content.reports.some((report) => report.data.year === year))).toBe(true);
    const facility = header.indexOf('facility');
    const accented = content.tables.filter((table) => years.has(table.year)).flatMap((table) => table.rows.map((row) => row.facility)).filter((name) => /[^\x00-\x7f]/.test(name));
    expect(accented.length).toBeGreaterThan(0);
    for (const name of accented) expect(body.map((row) => row[facility])).toContain(name);
  });

  it('describes the checklist download by the columns of its zod schema', () => {
    const checklist = csvResources.find((resource) => new URL(String(resource.path)).pathname === '/checklist/requirements.csv');
    expect(checklist?.schema?.fields.map((field) => field.name)).toEqual(checklistColumns);
    expect([...readFileSync(fileOf(String(checklist?.path))).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('round-trips “Córrego do Sítio Mineração” in the 2014 file', () => {
    const { rows } = parse(readFileSync(join(dist, 'reports/2014/smelters-2014.csv')));
    expect(rows.some((row) => row.includes('AngloGold Ashanti Córrego do Sítio Mineração'))).toBe(true);
  });
});

describe('the data page', () => {
  const text = textOf(mainOf(page('/data/')));
  it('links every file of the data package and the package itself', () => {
    const html = page('/data/');
    for (const resource of descriptor.resources) expect(html, resource.name).toContain(`href="${new URL(String(resource.path)).pathname}"`);
    expect(html).toContain('href="/data/datapackage.json"');
  });

  it('explains every column with the schema’s description, each year’s marker and how to cite', () => {
    for (const [name, field] of Object.entries(smelterDownloadSchema.shape)) expect(text, name).toContain(`${name} ${field.safeParse(undefined).success ? 'No' : 'Yes'} ${field.description}`);
    for (const report of content.reports) expect(text).toContain(report.data.marker.quote);
    expect(text).toMatch(/How to cite .*Form SD, Exhibit/);
  });

  it('is linked from every report page, the reports index and the footer', () => {
    for (const path of ['/reports/', ...content.reports.map((report) => `/reports/${report.data.year}/`)]) expect(page(path), path).toContain('href="/data/"');
    expect(exists('/data/')).toBe(true);
  });

  it('no page links the old download names', () => {
    const old = htmlFiles().filter((file) => /href="[^"]*\/smelters\.(?:csv|json)"/.test(page(`/${file}`)));
    expect(old).toEqual([]);
  });
});
