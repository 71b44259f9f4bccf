import type { SmelterDownloadRow } from '../../schemas/smelter-download.ts';
import type { ResolvedSmelterRow } from '../content/load-content.ts';

/** A download row: the year, exactly the content row, and which registry facility it is. */
export function downloadRow(year: number, row: ResolvedSmelterRow): Record<keyof SmelterDownloadRow, string | number> {
  return {
    year,
    metal: row.metal,
    facility: row.facility,
    marker: row.marker ? 'yes' : 'no',
    smelter_id: row.smelter_id ?? '',
    country: row.country ?? '',
    note: row.note ?? '',
    facility_id: row.facilityId,
  };
}

/** Excel on Windows reads a CSV file as UTF-8 only when it starts with this byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Writes CSV (RFC 4180, CRLF) starting with a UTF-8 byte order mark, so spreadsheets show accented
 * names ("Córrego do Sítio") correctly. A cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, the OWASP-recommended
 * neutralisation, so opening a download can never execute anything.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? '')))];
  return BYTE_ORDER_MARK + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The marker's definition, carried in every JSON download so the data is never read without it. */
export function markerJson(marker: { style: string; asOf: Date; quote: string }) {
  return { style: marker.style, asOf: marker.asOf.toISOString().slice(0, 10), definition: marker.quote };
}
