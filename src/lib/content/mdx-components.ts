/**
 * The components each kind of document may place in its MDX text. The pages that render them
 * provide exactly these (src/pages/reports/[year]/index.astro), and the content check refuses any
 * other capitalised tag with its file and line, so a misspelling never reaches the build.
 */
export const documentComponents = {
  policies: [],
  news: [],
  reports: ['SmelterTable', 'CountriesOfOrigin'],
} as const satisfies Record<string, readonly string[]>;

export type ReportComponent = (typeof documentComponents.reports)[number];
