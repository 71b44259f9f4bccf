import { comparisonJson } from '../lib/domain/compare-json.ts';
import { tableSchemaOf, type DownloadFile, type MarkerMeaning } from '../lib/domain/data-package.ts';
import { checklistCsv } from '../lib/presentation/checklist.ts';
import { checklistDownloadSchema } from '../schemas/checklist-download.ts';
import { downloadRow, markerJson, toCsv } from '../lib/presentation/downloads.ts';
import { paths, url } from '../lib/presentation/url.ts';
import { downloadColumns } from '../schemas/smelter-download.ts';
import { loadComparisons } from './comparisons.ts';
import { loadChecklist } from './requirements.ts';
import { once } from './once.ts';
import { loadReports, type ReportView } from './reports.ts';

const meaningOf = (report: ReportView): MarkerMeaning => {
  const marker = markerJson(report.entry.data.marker);
  return { year: report.year, asOf: marker.asOf, definition: marker.definition };
};

/**
 * Every file the site offers for download, with its exact contents: each year's smelter table
 * (CSV and JSON), all years in one file, each comparison as JSON, and the partner's checklist.
 * The download endpoints serve these bodies and the data package describes them, so the two
 * cannot drift apart.
 */
export const loadDownloads = once(async (): Promise<DownloadFile[]> => {
  const [reports, comparisons] = await Promise.all([loadReports(), loadComparisons()]);
  const rowsOf = (report: ReportView) => report.table.rows.map((row) => downloadRow(report.year, row));
  const perYear = reports.flatMap((report): DownloadFile[] => {
    const what = `The smelters and refiners listed in ${report.entry.data.registrant}’s Conflict Minerals Report for ${report.year}, one row per row of the filing’s table`;
    return [
      { name: `smelters-${report.year}-csv`, path: paths.reportDownload(report.year, 'csv'), title: `Smelters and refiners, ${report.year} (CSV)`, description: `${what}.`, format: 'csv', body: toCsv(downloadColumns, rowsOf(report)), markers: [meaningOf(report)] },
      { name: `smelters-${report.year}-json`, path: paths.reportDownload(report.year, 'json'), title: `Smelters and refiners, ${report.year} (JSON)`, description: `${what}, with the marker’s definition that year.`, format: 'json', body: JSON.stringify({ year: report.year, marker: markerJson(report.entry.data.marker), rows: rowsOf(report) }) },
    ];
  });
  const allYears: DownloadFile[] = [
    { name: 'smelters-all-years-csv', path: paths.allYearsDownload('csv'), title: 'Smelters and refiners, all years (CSV)', description: 'Every year’s smelter and refiner table in one file; the year column tells the years apart.', format: 'csv', body: toCsv(downloadColumns, reports.flatMap(rowsOf)), markers: reports.map(meaningOf) },
    { name: 'smelters-all-years-json', path: paths.allYearsDownload('json'), title: 'Smelters and refiners, all years (JSON)', description: 'Every year’s smelter and refiner table, each with the marker’s definition that year.', format: 'json', body: JSON.stringify(reports.map((report) => ({ year: report.year, marker: markerJson(report.entry.data.marker), rows: rowsOf(report) }))) },
  ];
  const compared = comparisons.map(({ from, to, comparison }): DownloadFile => ({
    name: `comparison-${from.year}-${to.year}-json`,
    path: paths.comparisonJson(from.year, to.year),
    title: `Comparison of ${from.year} and ${to.year} (JSON)`,
    description: `What changed from the ${from.year} report to the ${to.year} one: figures, facilities added, removed and likely renamed, countries of origin, and the wording section by section.`,
    format: 'json',
    body: JSON.stringify(comparisonJson(comparison, { page: url(paths.comparison(from.year, to.year)), reports: [url(paths.report(from.year)), url(paths.report(to.year))] })),
  }));
  const checklist: DownloadFile = {
    name: 'checklist-csv',
    path: paths.checklistDownload,
    title: 'Partner’s checklist (CSV)',
    description: 'Every binding sentence of each code, topic by topic, as /checklist/ lists it: one row per requirement, with its clause and its address on the page.',
    format: 'csv',
    // The addresses are full URLs (SITE_URL and BASE_PATH), so a spreadsheet can open them.
    body: checklistCsv(await loadChecklist(), import.meta.env.SITE ?? 'https://example.org'),
    tableSchema: tableSchemaOf(checklistDownloadSchema),
  };
  return [...perYear, ...allYears, ...compared, checklist];
});

/** The response for a download: its exact body, with its media type. */
export function downloadResponse(file: DownloadFile): Response {
  return new Response(file.body, { headers: { 'Content-Type': file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
}

/**
 * Static routes for the downloads whose path matches `pattern`, its groups named by `params` in
 * order (each endpoint file names the file's extension, so the dev server serves it as a file).
 */
export async function downloadRoutes<Name extends string>(pattern: RegExp, params: readonly Name[]) {
  return (await loadDownloads()).flatMap((file) => {
    const match = pattern.exec(file.path);
    return match ? [{ params: Object.fromEntries(params.map((name, index) => [name, match[index + 1] ?? ''])) as Record<Name, string>, props: { file } }] : [];
  });
}
