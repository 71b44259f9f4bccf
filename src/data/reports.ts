import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { computeTableFigures, type TableFigures } from '../lib/report-figures.ts';
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
      const table = tableByYear.get(entry.data.year) ?? { year: entry.data.year, file: '', rows: [] };
      return { year: entry.data.year, entry, table, figures: computeTableFigures(table.rows) };
    })
    .sort((a, b) => a.year - b.year);
}

/** One year's report view, for components placed inside the report's text. */
export async function loadReport(year: string | undefined): Promise<ReportView> {
  const entry = year ? await getEntry('reports', year) : undefined;
  const table = year ? await getEntry('smelterTables', year) : undefined;
  if (!entry || !table) throw new Error(`No report or smelter table for year "${year}"`);
  return { year: entry.data.year, entry, table: table.data, figures: computeTableFigures(table.data.rows) };
}
