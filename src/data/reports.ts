import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content/content-problem.ts';
import type { SmelterTable } from '../lib/content/load-content.ts';
import { facilityFigures } from '../lib/domain/compare-facilities.ts';
import type { TableFigures } from '../lib/domain/report-figures.ts';
import { once } from './once.ts';

export interface ReportView {
  year: number;
  entry: CollectionEntry<'reports'>;
  table: SmelterTable;
  /** Facilities per metal and marked, each facility counted once (the one count the whole site shows). */
  figures: TableFigures;
}

/** Every report year with its smelter table and figures, oldest first (computed once per build). */
export const loadReports = once(async (): Promise<ReportView[]> => {
  const [reports, tables] = await Promise.all([getCollection('reports'), getCollection('smelterTables')]);
  const tableByYear = new Map(tables.map((table) => [table.data.year, table.data]));
  return reports
    .map((entry) => {
      const table = tableByYear.get(entry.data.year);
      // The content check makes every report folder have a table; this only guards against a broken loader.
      if (!table) throw new ContentError([{ file: `content/reports/${entry.data.year}/`, message: 'the report has no smelter table', fix: 'add smelters.csv next to report.mdx' }]);
      return { year: entry.data.year, entry, table, figures: facilityFigures(table.rows) };
    })
    .sort((a, b) => a.year - b.year);
});
