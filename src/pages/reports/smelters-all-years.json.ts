import type { APIRoute } from 'astro';
import { loadReports } from '../../data/reports.ts';
import { downloadRow, markerJson } from '../../lib/downloads.ts';

export const GET: APIRoute = async () =>
  Response.json(
    (await loadReports()).map(({ year, entry, table }) => ({
      year,
      marker: markerJson(entry.data.marker),
      rows: table.rows.map(downloadRow),
    })),
  );
