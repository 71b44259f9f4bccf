/**
 * Prefixes a site path with the configured base (`BASE_PATH`), so the site works both at a
 * domain's root and under a GitHub project page's sub-path. Paths are written root-relative
 * everywhere (`/reports/2014/`), in code and in content.
 */
export function url(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path;
}

/** The path of each kind of page, in one place. */
export const paths = {
  policy: (id: string) => `/policies/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  checklist: '/checklist/',
  checklistDownload: '/checklist/requirements.csv',
  news: (id: string) => `/news/${id}/`,
  report: (year: number | string) => `/reports/${year}/`,
  reportDownload: (year: number | string, format: 'csv' | 'json') => `/reports/${year}/smelters-${year}.${format}`,
  allYearsDownload: (format: 'csv' | 'json') => `/reports/smelters-all-years.${format}`,
  facility: (id: string) => `/smelters/${id}/`,
  facilityLetter: (metal: string, letter: string) => `/smelters/${metal.toLowerCase()}/${letter}/`,
  facilityIndexData: '/smelters/facilities.json',
  /** A shard of the facility names search looks up (src/lib/domain/facility-search.ts). */
  facilitySearchShard: (shard: string) => `/search/facilities/${shard}.json`,
  comparison: (from: number, to: number) => `/compare/${from}-${to}/`,
  comparisonJson: (from: number, to: number) => `/compare/${from}-${to}.json`,
  glossary: (id?: string) => `/glossary/${id ? `#${id}` : ''}`,
  data: '/data/',
  dataPackage: '/data/datapackage.json',
};

/** Ids of the parts of a report page that answers and other pages link to (`#smelters-2014`). */
export const reportAnchors = {
  table: (year: number) => `smelters-${year}`,
  metal: (year: number, metal: string) => `smelters-${year}-${metal.toLowerCase()}`,
  rows: (year: number) => `smelters-${year}-rows`,
  legend: (year: number) => `legend-${year}`,
  countries: (year: number) => `countries-${year}`,
};

/** The full address of a site path (with the base), for canonical links, feeds, sitemaps and structured data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(url(path), site).href;
}
