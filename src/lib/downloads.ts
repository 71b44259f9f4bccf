import type { ResolvedSmelterRow } from './load-content.ts';

/** Columns of the smelter downloads: the content CSV's columns plus the resolved facility id. */
export const downloadColumns = ['metal', 'facility', 'marker', 'smelter_id', 'country', 'note', 'facility_id'] as const;

/** A download row: exactly the content row, plus which registry facility it is. */
export function downloadRow(row: ResolvedSmelterRow): Record<(typeof downloadColumns)[number], string> {
  return {
    metal: row.metal,
    facility: row.facility,
    marker: row.marker ? 'yes' : 'no',
    smelter_id: row.smelter_id ?? '',
    country: row.country ?? '',
    note: row.note ?? '',
    facility_id: row.facilityId,
  };
}

/**
 * Writes CSV (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) is prefixed with an apostrophe, the OWASP-recommended
 * neutralisation, so opening a download can never execute anything.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? '')))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The marker's definition, carried in every JSON download so the data is never read without it. */
export function markerJson(marker: { style: string; asOf: Date; quote: string }) {
  return { style: marker.style, asOf: marker.asOf.toISOString().slice(0, 10), definition: marker.quote };
}
