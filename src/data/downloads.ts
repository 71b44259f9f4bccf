import { comparisonJson } from '../lib/domain/compare-json.ts';
import { fingerprint, tableSchemaOf, type DownloadFile, type MarkerMeaning } from '../lib/domain/data-package.ts';
import { checklistCsv } from '../lib/presentation/checklist.ts';
import { downloadRow, markerJson, toCsv } from '../lib/presentation/downloads.ts';
import { paths, url } from '../lib/presentation/url.ts';
import { checklistDownloadSchema } from '../schemas/checklist-download.ts';
import { downloadColumns } from '../schemas/smelter-download.ts';
import { compareYears, loadComparisonPairs } from './comparisons.ts';
import { once } from './once.ts';
import { loadReports, type ReportView } from './reports.ts';
import { loadChecklist } from './requirements.ts';

/**
 * A file offered for download: what the data package says of it, and its contents. The contents
 * are made again when the file's route asks, not kept: with every comparison among them they
 * would grow with the square of the years (src/data/comparisons.ts).
 */
export interface Download extends DownloadFile {
  body: () => Promise<string>;
}

/** Describes a file by making its contents once, for their size and hash, then dropping them. */
async function download(file: Omit<DownloadFile, 'bytes' | 'hash'>, make: () => string | Promise<string>): Promise<Download> {
  const body = async () => make();
  return { ...file, ...fingerprint(await body()), body };
}

const meaningOf = (report: ReportView): MarkerMeaning => {
  const marker = markerJson(report.entry.data.marker);
  return { year: report.year, asOf: marker.asOf, definition: marker.definition };
};

/**
 * Every file the site offers for download: each year's smelter table (CSV and JSON), all years in
 * one file, each comparison as JSON, and the partner's checklist. The download endpoints serve these bodies and the data
 * package describes them, so the two cannot drift apart.
 */
export const loadDownloads = once(async (): Promise<Download[]> => {
  const [reports, pairs] = await Promise.all([loadReports(), loadComparisonPairs()]);
  const rowsOf = (report: ReportView) => report.table.rows.map((row) => downloadRow(report.year, row));
  const files: Download[] = [];
  // One after another: each body is dropped once described, so only one is held at a time.
  for (const report of reports) {
    const what = `The smelters and refiners listed in ${report.entry.data.registrant}’s Conflict Minerals Report for ${report.year}, one row per row of the filing’s table`;
    files.push(await download({ name: `smelters-${report.year}-csv`, path: paths.reportDownload(report.year, 'csv'), title: `Smelters and refiners, ${report.year} (CSV)`, description: `${what}.`, format: 'csv', markers: [meaningOf(report)] }, () => toCsv(downloadColumns, rowsOf(report))));
    files.push(await download({ name: `smelters-${report.year}-json`, path: paths.reportDownload(report.year, 'json'), title: `Smelters and refiners, ${report.year} (JSON)`, description: `${what}, with the marker’s definition that year.`, format: 'json' }, () => JSON.stringify({ year: report.year, marker: markerJson(report.entry.data.marker), rows: rowsOf(report) })));
  }
  files.push(await download({ name: 'smelters-all-years-csv', path: paths.allYearsDownload('csv'), title: 'Smelters and refiners, all years (CSV)', description: 'Every year’s smelter and refiner table in one file; the year column tells the years apart.', format: 'csv', markers: reports.map(meaningOf) }, () => toCsv(downloadColumns, reports.flatMap(rowsOf))));
  files.push(await download({ name: 'smelters-all-years-json', path: paths.allYearsDownload('json'), title: 'Smelters and refiners, all years (JSON)', description: 'Every year’s smelter and refiner table, each with the marker’s definition that year.', format: 'json' }, () => JSON.stringify(reports.map((report) => ({ year: report.year, marker: markerJson(report.entry.data.marker), rows: rowsOf(report) })))));
  for (const pair of pairs) {
    const { from, to } = pair;
    files.push(
      await download(
        {
          name: `comparison-${from.year}-${to.year}-json`,
          path: paths.comparisonJson(from.year, to.year),
          title: `Comparison of ${from.year} and ${to.year} (JSON)`,
          description: `What changed from the ${from.year} report to the ${to.year} one: figures, facilities added, removed and likely renamed, countries of origin, and the wording section by section.`,
          format: 'json',
        },
        async () => JSON.stringify(comparisonJson(await compareYears(pair), { page: url(paths.comparison(from.year, to.year)), reports: [url(paths.report(from.year)), url(paths.report(to.year))] })),
      ),
    );
  }
  files.push(
    await download(
      {
        name: 'checklist-csv',
        path: paths.checklistDownload,
        title: 'Partner’s checklist (CSV)',
        description: 'Every binding sentence of each code, topic by topic, as /checklist/ lists it: one row per requirement, with its clause and its address on the page.',
        format: 'csv',
        tableSchema: tableSchemaOf(checklistDownloadSchema),
      },
      // The addresses are full URLs (SITE_URL and BASE_PATH), so a spreadsheet can open them.
      async () => checklistCsv(await loadChecklist(), import.meta.env.SITE ?? 'https://example.org'),
    ),
  );
  return files;
});

/** The response for a download: its exact body, with its media type. */
export async function downloadResponse(file: Download): Promise<Response> {
  return new Response(await file.body(), { headers: { 'Content-Type': file.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
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
