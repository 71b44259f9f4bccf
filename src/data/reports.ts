import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { computeTableFigures, type TableFigures } from '../lib/report-figures.ts';
import { ContentError } from '../lib/content-problem.ts';
import type { SmelterTable } from '../lib/load-content.ts';

export interface ReportView {
  year: number;
  entry: CollectionEntry<'reports'>;
  table: SmelterTable;
  figures: TableFigures;
}

/** Every report year with its smelter table and figures, oldest first. */
export async function loadReports(): Promise<ReportView[]> {
  const [reports, tables] = await Promise.all([getCollection('reports'), getCollection('smelterTables')]);
  const tableByYear = new Map(tables.map((table) => [table.data.year, table.data]));
  return reports
    .map((entry) => {
      const table = tableByYear.get(entry.data.year);
      if (!table) throw missingTable(entry.data.year);
      return { year: entry.data.year, entry, table, figures: computeTableFigures(table.rows) };
    })
    .sort((a, b) => a.year - b.year);
}

/** One year's report view, for components placed inside the report's text. */
export async function loadReport(year: string | undefined): Promise<ReportView> {
  const entry = year ? await getEntry('reports', year) : undefined;
  const table = year ? await getEntry('smelterTables', year) : undefined;
  if (!entry || !table) throw missingTable(year);
  return { year: entry.data.year, entry, table: table.data, figures: computeTableFigures(table.data.rows) };
}

// The content check makes every report folder have a table; this only guards against a broken loader.
function missingTable(year: number | string | undefined): ContentError {
  return new ContentError([{ file: `content/reports/${year}/`, message: 'the report has no smelter table', fix: 'add smelters.csv next to report.mdx' }]);
}
