import Papa from 'papaparse';
import { metals, smelterCsvColumns } from '../../schemas/smelter-row.ts';

/** A row of the sheet that was left out of the CSV, and why. */
export interface DroppedRow {
  /** 1-based row number in the sheet. */
  row: number;
  reason: string;
}

export interface SmelterImport {
  /** The smelter CSV in the project's format (header `metal,facility,marker,smelter_id,country,note`). */
  csv: string;
  /** Number of rows written. */
  kept: number;
  /** Rows with content that were left out, each with its reason. */
  dropped: DroppedRow[];
  /** Empty rows skipped (spreadsheet templates have hundreds of prepared empty rows). */
  blankRows: number;
  /** Things the editor must know or do before publishing (cells changed or left empty). */
  notes: string[];
  /** True when the sheet has no Marker column, so every marker cell is left for the editor to fill. */
  markerMissing: boolean;
}

type Column = 'metal' | 'name' | 'lookup' | 'id' | 'idInput' | 'country' | 'marker' | 'note';

/**
 * Header texts, normalised (lowercase, without "(*)" and punctuation), of the columns the importer
 * reads: the RMI Conflict Minerals Reporting Template's "Smelter List" sheet (header row 4:
 * "Metal (*)", "Smelter Look-up (*)", "Smelter Name (1)", "Smelter Country (*)", "Smelter
 * Identification", "Smelter Identification Number Input Column"…) or a plain sheet
 * (Metal, Smelter Name, Smelter ID, Country, and optionally Marker and Note).
 */
const HEADERS: Record<Column, readonly string[]> = {
  metal: ['metal'],
  name: ['smelter name', 'smelter or refiner name', 'facility', 'facility name', 'name'],
  lookup: ['smelter look up'],
  id: ['smelter identification', 'smelter id', 'rmi id', 'cid'],
  idInput: ['smelter identification number input column'],
  country: ['smelter country', 'country'],
  marker: ['marker'],
  note: ['note', 'notes'],
};

/** Look-up choices of the template that are not a smelter's name. */
const NOT_A_NAME = new Set(['smelter not listed', 'smelter not yet identified', 'unknown']);

const normalizeHeader = (text: string) => text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

/** Where each known column is in a header row; undefined unless it has both a metal and a name column. */
function findColumns(cells: readonly string[]): Partial<Record<Column, number>> | undefined {
  const columns: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const header = normalizeHeader(cell);
    for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      if (columns[column] === undefined && names.includes(header)) columns[column] = index;
    }
  });
  return columns.metal !== undefined && (columns.name !== undefined || columns.lookup !== undefined) ? columns : undefined;
}

/**
 * Turns the cells of a spreadsheet (rows of text, as displayed) into the project's smelter CSV:
 * finds the header row, keeps one row per smelter of the four conflict minerals, and says which
 * rows it left out and why. Returns a message instead when no sheet row looks like a header.
 */
export function importSmelterRows(sheet: readonly (readonly string[])[]): SmelterImport | { error: string } {
  const headerIndex = sheet.slice(0, 30).findIndex((cells) => findColumns(cells) !== undefined);
  const columns = headerIndex >= 0 ? findColumns(sheet[headerIndex] ?? []) : undefined;
  if (!columns) {
    return { error: 'no row in the first 30 looks like a header with a "Metal" column and a "Smelter Name" (or "Smelter Look-up") column; use the template’s "Smelter List" sheet, or a sheet with the columns Metal, Smelter Name, Smelter ID, Country' };
  }
  const result: SmelterImport = { csv: '', kept: 0, dropped: [], blankRows: 0, notes: [], markerMissing: columns.marker === undefined };
  const records: string[][] = [];
  const firstRowOf = new Map<string, number>();
  const cell = (cells: readonly string[], column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]] ?? '').trim());
  if (result.markerMissing) {
    result.notes.push('the sheet has no Marker column, so the marker column is left empty: fill in yes or no for each row, as the filing marks it (italics, asterisk…)');
  }

  sheet.slice(headerIndex + 1).forEach((cells, offset) => {
    const row = headerIndex + offset + 2;
    if (cells.every((text) => text.trim() === '')) {
      result.blankRows++;
      return;
    }
    const printedMetal = cell(cells, 'metal');
    const metal = metals.find((known) => known.toLowerCase() === printedMetal.toLowerCase());
    const lookup = cell(cells, 'lookup');
    const name = [cell(cells, 'name'), lookup].find((text) => text !== '' && !NOT_A_NAME.has(text.toLowerCase())) ?? '';
    if (!metal) {
      result.dropped.push({ row, reason: printedMetal === '' ? 'no metal' : `"${printedMetal}" is not one of the conflict minerals (${metals.join(', ')})` });
      return;
    }
    if (name === '') {
      const said = [lookup, cell(cells, 'name')].find((text) => text !== '');
      result.dropped.push({ row, reason: said ? `no smelter name (the sheet says "${said}")` : 'no smelter name' });
      return;
    }
    const printedId = cell(cells, 'id') || cell(cells, 'idInput');
    const id = /^CID\d{6}$/i.test(printedId) ? printedId.toUpperCase() : '';
    if (printedId !== '' && id === '') result.notes.push(`row ${row}: "${printedId}" is not an RMI smelter id (CID and six digits), so smelter_id is left empty`);
    const record = [metal, name, markerOf(cell(cells, 'marker')), id, cell(cells, 'country'), cell(cells, 'note')];
    const key = record.join('\u0000').toLowerCase();
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      result.dropped.push({ row, reason: `repeats row ${earlier}` });
      return;
    }
    firstRowOf.set(key, row);
    records.push(record);
  });
  result.kept = records.length;
  result.csv = `${Papa.unparse({ fields: [...smelterCsvColumns], data: records }, { newline: '\n' })}\n`;
  return result;
}

/** The marker as the CSV writes it: spreadsheet spellings of yes/no folded, anything else kept for the check to report. */
function markerOf(text: string): string {
  const value = text.toLowerCase();
  if (['yes', 'y', 'true', 'x', '*', '✓'].includes(value)) return 'yes';
  if (['no', 'n', 'false'].includes(value)) return 'no';
  return text;
}

/**
 * Reads a CSV export whatever Excel saved it as: UTF-8, UTF-16 ("Unicode Text") or Windows-1252,
 * separated by commas, semicolons or tabs. Returns its cells and what had to be converted.
 */
export function readDelimitedText(bytes: Uint8Array): { rows: string[][]; conversions: string[] } {
  const conversions: string[] = [];
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    conversions.push('read as UTF-16 (“Unicode Text”)');
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      conversions.push('read as Windows-1252 (it was not UTF-8)');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  // The separator is the one the header row uses most (Excel's choice depends on the format and region).
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const count = (separator: string) => firstLine.split(separator).length;
  const delimiter = [',', ';', '\t'].reduce((best, separator) => (count(separator) > count(best) ? separator : best));
  if (delimiter === ';') conversions.push('separated by semicolons');
  if (delimiter === '\t') conversions.push('separated by tabs');
  return { rows: Papa.parse<string[]>(text, { delimiter }).data, conversions };
}
