import type { ReportView } from './reports.ts';

/** The report the current page renders, for components placed in its MDX text (see App.Locals). */
export function reportOnPage(locals: App.Locals): ReportView {
  if (!locals.report) throw new Error('This component belongs in a report’s text: only the report page (src/pages/reports/[year]/index.astro) provides its data.');
  return locals.report;
}
