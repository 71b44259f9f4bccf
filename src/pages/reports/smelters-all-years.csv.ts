import type { APIRoute } from 'astro';
import { loadReports } from '../../data/reports.ts';
import { downloadColumns, downloadRow, toCsv } from '../../lib/downloads.ts';

export const GET: APIRoute = async () => {
  const rows = (await loadReports()).flatMap((report) => report.table.rows.map((row) => ({ year: report.year, ...downloadRow(row) })));
  return new Response(toCsv(['year', ...downloadColumns], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
