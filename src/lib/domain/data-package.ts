import { createHash } from 'node:crypto';
import { z } from 'zod';
import { smelterDownloadSchema } from '../../schemas/smelter-download.ts';

/** What a year's marker means, as its filing defines it (front matter `marker`). */
export interface MarkerMeaning {
  year: number;
  asOf: string;
  definition: string;
}

/** A Table Schema field (Frictionless Data). */
export interface TableField {
  name: string;
  type: 'string' | 'integer';
  description: string;
  constraints: { required?: true; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; minLength?: number };
}

interface JsonSchemaProperty {
  type?: string;
  description?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
}

/** A JSON Schema regular expression as Table Schema writes it (XML Schema style: anchored, no `(?:`). */
const xmlPattern = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?:/g, '(');

/** How the marker field is described in a file that holds these years. */
function markerDescription(base: string, meanings: readonly MarkerMeaning[]): string {
  const years = meanings.map((meaning) => `${meaning.year}: “${meaning.definition}” (as of ${meaning.asOf})`);
  return `${base} ${meanings.length === 1 ? 'In this file' : 'Per year'}, as the filing defines it — ${years.join('; ')}.`;
}

/** A Table Schema (Frictionless Data): its fields, and the text that stands for a missing value. */
export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
}

/**
 * The Table Schema of a download, generated from the zod schema of its row: one field per column
 * with its type, description and constraints.
 */
export function tableSchemaOf(rowSchema: z.ZodObject): TableSchema {
  const json = z.toJSONSchema(rowSchema, { io: 'input' }) as { properties: Record<string, JsonSchemaProperty>; required?: string[] };
  const required = new Set(json.required ?? []);
  const fields = Object.entries(json.properties).map(([name, property]): TableField => {
    const constraints: TableField['constraints'] = {};
    if (required.has(name)) constraints.required = true;
    if (property.enum) constraints.enum = property.enum;
    if (property.pattern) constraints.pattern = xmlPattern(property.pattern);
    if (property.minimum !== undefined) constraints.minimum = property.minimum;
    if (property.maximum !== undefined) constraints.maximum = property.maximum;
    if (property.minLength !== undefined && !required.has(name)) constraints.minLength = property.minLength;
    return { name, type: property.type === 'integer' ? 'integer' : 'string', description: property.description ?? '', constraints };
  });
  return { fields, missingValues: [''] };
}

/**
 * The Table Schema of the smelter downloads; the marker's description carries what the marker
 * means in each year the file holds.
 */
export function smelterTableSchema(meanings: readonly MarkerMeaning[]): TableSchema {
  const schema = tableSchemaOf(smelterDownloadSchema);
  return { ...schema, fields: schema.fields.map((field) => (field.name === 'marker' ? { ...field, description: markerDescription(field.description, meanings) } : field)) };
}

/** A file the site publishes, as the data package lists it. */
export interface DownloadFile {
  /** Resource name: lowercase letters, digits, ".", "_", "-". */
  name: string;
  /** Absolute URL of the file. */
  path: string;
  title: string;
  description: string;
  format: 'csv' | 'json';
  /** Size of the body in bytes (UTF-8) and its SHA-256, as `fingerprint` gives them. */
  bytes: number;
  hash: string;
  /** The years whose marker meanings a smelter CSV file's table schema describes. */
  markers?: readonly MarkerMeaning[];
  /** A CSV file's Table Schema, when it is not a smelter table (tableSchemaOf its row schema). */
  tableSchema?: TableSchema;
}

/** A file body's size in bytes (UTF-8) and SHA-256 hash, as the data package lists them. */
export function fingerprint(body: string): Pick<DownloadFile, 'bytes' | 'hash'> {
  return { bytes: Buffer.byteLength(body, 'utf8'), hash: `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}` };
}

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/** One resource of the data package, with its size and SHA-256 hash. */
function resource(file: DownloadFile) {
  const { bytes, hash } = file;
  const common = { name: file.name, path: file.path, title: file.title, description: file.description, format: file.format, encoding: 'utf-8', bytes, hash };
  return file.format === 'csv'
    ? { ...common, profile: 'tabular-data-resource', mediatype: 'text/csv', dialect: CSV_DIALECT, schema: file.tableSchema ?? smelterTableSchema(file.markers ?? []) }
    : { ...common, profile: 'data-resource', mediatype: 'application/json' };
}

/** A Frictionless Data Package descriptor listing every downloadable file. */
export function dataPackage(about: { name: string; title: string; description: string; homepage: string; sources: { title: string; path: string }[] }, files: readonly DownloadFile[]) {
  return { profile: 'data-package', ...about, resources: files.map(resource) };
}
