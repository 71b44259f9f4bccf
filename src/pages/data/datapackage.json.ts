import type { APIRoute } from 'astro';
import { loadDownloads } from '../../data/downloads.ts';
import { loadReports } from '../../data/reports.ts';
import { dataPackage } from '../../lib/domain/data-package.ts';
import { paths, url } from '../../lib/presentation/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(url(path), site).href;
  const reports = await loadReports();
  const registrants = [...new Set(reports.map((report) => report.entry.data.registrant))].join(', ');
  const files = (await loadDownloads()).map((file) => ({ ...file, path: absolute(file.path) }));
  return Response.json(
    dataPackage(
      {
        name: 'conflict-minerals-smelters',
        title: `Smelters and refiners in ${registrants}’s conflict minerals reports`,
        description: `The smelter and refiner tables of ${registrants}’s Conflict Minerals Reports (Form SD), transcribed row for row, with each facility’s stable id across years, and the comparisons between years. What the marker column means is set by each year’s filing; see the marker field’s description.`,
        homepage: absolute(paths.data),
        sources: reports.map((report) => ({ title: report.entry.data.title, path: absolute(paths.report(report.year)) })),
      },
      files,
    ),
  );
};
