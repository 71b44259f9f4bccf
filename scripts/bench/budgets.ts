// The budgets the bench checks (issues #13 and #18), each printed as pass or fail with the measured value.
import type { BuildFigures } from './build.ts';
import type { PageFigures, SearchFigures } from './browser.ts';
import type { LighthouseScores } from './lighthouse.ts';

export interface SiteFigures {
  build: BuildFigures;
  pages: Record<string, PageFigures>;
  searches: { first: SearchFigures; facilityName: SearchFigures };
  lighthouse: LighthouseScores[];
}

export interface BudgetResult {
  budget: string;
  measured: string;
  pass: boolean;
}

const KB = 1000;
/** The bootstrap every page may load before interaction (src/client/page-bootstrap.ts: search and data tables loaded when wanted), gzip. */
export const BOOTSTRAP_LIMIT = 1.5 * KB;
/** Peak resident memory of the archive's build, all its processes together (1 GB). */
const ARCHIVE_MEMORY_LIMIT_MIB = 1024;
const READING_PAGES = ['home', 'policy', 'report', 'comparison', 'facility'];

export function checkBudgets(real: SiteFigures, archive: SiteFigures): BudgetResult[] {
  const results: BudgetResult[] = [];
  const check = (budget: string, measured: string, pass: boolean) => results.push({ budget, measured, pass });
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

  check('archive build: ms per page no higher than the real site’s', `${archive.build.msPerPage.toFixed(1)} vs ${real.build.msPerPage.toFixed(1)} ms`, archive.build.msPerPage <= real.build.msPerPage);
  const peak = archive.build.peakMemoryMiB;
  if (peak !== null) check(`archive build: peak memory of the build and its child processes ≤ ${ARCHIVE_MEMORY_LIMIT_MIB} MiB (issue #18)`, `${Math.round(peak)} MiB at ${archive.build.pages} pages`, peak <= ARCHIVE_MEMORY_LIMIT_MIB);
  const smelters = archive.pages.smelters;
  if (smelters) {
    check('archive /smelters/: under 3,000 elements', String(smelters.elements), smelters.elements < 3000);
    check('archive /smelters/: under 60 KB gzip', kb(smelters.gzipBytes), smelters.gzipBytes < 60 * KB);
  }
  check(`archive facility-name search ("${archive.searches.facilityName.query}"): under 100 KB`, kb(archive.searches.facilityName.bytes), archive.searches.facilityName.bytes < 100 * KB);
  for (const [site, figures] of [['real', real], ['archive', archive]] as const) {
    check(`${site} first search ("${figures.searches.first.query}"): under 100 KB gzip`, kb(figures.searches.first.bytes), figures.searches.first.bytes < 100 * KB);
  }

  for (const [site, figures] of [['real', real], ['archive', archive]] as const) {
    for (const kind of READING_PAGES) {
      const page = figures.pages[kind];
      if (page) check(`${site} ${kind} page: no JavaScript before interaction beyond the search bootstrap (≤ ${kb(BOOTSTRAP_LIMIT)})`, `${kb(page.scriptBytes)} in ${page.scripts.length} file(s)`, page.scriptBytes <= BOOTSTRAP_LIMIT);
    }
  }
  const policy = real.pages.policy;
  if (policy) check('real policy page: ≤ 15 KB gzip in all', kb(policy.gzipBytes), policy.gzipBytes <= 15 * KB);
  const report = real.pages.report;
  if (report) check('real 2014 report: ≤ 30 KB gzip in all', kb(report.gzipBytes), report.gzipBytes <= 30 * KB);
  for (const scores of real.lighthouse) {
    const all = [scores.performance, scores.accessibility, scores.bestPractices, scores.seo];
    check(`real ${scores.path}: Lighthouse mobile 100 / 100 / 100 / 100`, all.join(' / '), all.every((score) => score === 100));
  }
  const search = real.lighthouse.find((scores) => scores.path === '/search/');
  if (search) check('real /search/: no layout shift (CLS 0)', search.cumulativeLayoutShift.toFixed(3), search.cumulativeLayoutShift === 0);
  return results;
}
