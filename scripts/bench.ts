// `npm run bench [-- --out FILE] [--seed N] [--years N] [--no-lighthouse] [--lighthouse-runs N] [--cpu-slowdown N|calibrated] [--strict] [--keep]`
// (--lighthouse-runs: audits per page, the median kept, default 3; --cpu-slowdown: Lighthouse's
// simulated CPU slowdown, default its own 4×; see scripts/bench/lighthouse.ts)
// (--strict: exit with an error when a budget fails; --keep: leave the scratch copies in the temp folder)
// Builds the real site and a synthetic archive of many years (scripts/bench/generate.ts) from
// scratch copies of the project, in the same run so the figures compare, then measures both in
// Chromium and Lighthouse and prints the budgets of issue #13 as pass/fail. Writes everything as
// JSON (default bench-results.json). Timings depend on the machine and on what else runs on it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, type SiteFigures } from './bench/budgets.ts';
import { buildProject, copyProject } from './bench/build.ts';
import { launch, measurePage, measureSearch } from './bench/browser.ts';
import { defaultArchiveOptions, generateArchive } from './bench/generate.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { printReport } from './bench/print.ts';
import { serve } from './bench/serve.ts';
import { decodeFacilityIndex, letterOf, type FacilityIndexFile } from '../src/lib/domain/facility-index.ts';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'bench-results.json' }, seed: { type: 'string' }, years: { type: 'string' }, 'no-lighthouse': { type: 'boolean', default: false }, 'lighthouse-runs': { type: 'string', default: '3' }, 'cpu-slowdown': { type: 'string', default: '4' }, strict: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const options = { ...defaultArchiveOptions, ...(args.seed ? { seed: Number(args.seed) } : {}), ...(args.years ? { years: Number(args.years) } : {}) };
const lastRealYear = 2014;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const archive = generateArchive(
  { registryYaml: read('content/smelters/registry.yaml'), lastYear: lastRealYear, reportMdx: read(`content/reports/${lastRealYear}/report.mdx`), smelterCsv: read(`content/reports/${lastRealYear}/smelters.csv`) },
  options,
);
const lastYear = Math.max(...archive.stats.years);
console.log(`synthetic archive: ${archive.stats.years.length} years (${archive.stats.years[0]}–${lastYear}) after the real ones, ${archive.stats.rows} rows, ${archive.stats.registryEntries} registry entries added, ${archive.stats.renames} renames, ${archive.stats.markerChanges} marker changes (seed ${options.seed})`);

const copies: string[] = [];
async function measureSite(name: string, files: ReadonlyMap<string, string>, years: { report: number; compare: [number, number] }, env: Record<string, string> = {}): Promise<SiteFigures> {
  const dir = copyProject(root, `bench-${name}-`, files);
  copies.push(dir);
  console.log(`building the ${name} site in ${dir} …`);
  const build = await buildProject(dir, env);
  console.log(`  ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
  const dist = join(dir, 'dist');
  const facilities = decodeFacilityIndex(JSON.parse(readFileSync(join(dist, 'smelters', 'facilities.json'), 'utf8')) as FacilityIndexFile);
  const mostListed = [...facilities].sort((a, b) => b.years.length - a.years.length)[0];
  const letters = new Map<string, number>();
  for (const facility of facilities) letters.set(`${facility.metal.toLowerCase()}/${letterOf(facility.name)}`, (letters.get(`${facility.metal.toLowerCase()}/${letterOf(facility.name)}`) ?? 0) + 1);
  const biggestLetter = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'gold/a';
  const paths: Record<string, string> = {
    home: '/',
    policy: '/policies/infinera-partner-code/',
    report: `/reports/${years.report}/`,
    comparison: `/compare/${years.compare[0]}-${years.compare[1]}/`,
    facility: `/smelters/${mostListed?.id ?? ''}/`,
    smelters: '/smelters/',
    smeltersLetter: `/smelters/${biggestLetter}/`,
    search: '/search/',
    trends: '/trends/',
  };
  const site = await serve(dist);
  try {
    const browser = await launch();
    const pages: SiteFigures['pages'] = {};
    try {
      for (const [kind, path] of Object.entries(paths)) pages[kind] = await measurePage(browser, site.origin, path);
      const first = await measureSearch(browser, site.origin, 'gold');
      const facilityName = await measureSearch(browser, site.origin, mostListed?.name ?? 'gold');
      const lighthouse = args['no-lighthouse'] ? [] : await lighthouseScores(site.origin, ['home', 'policy', 'report', 'comparison', 'smelters', 'search'].map((kind) => paths[kind] ?? '/'), args['cpu-slowdown'] === 'calibrated' ? 'calibrated' : Number(args['cpu-slowdown']), Number(args['lighthouse-runs']));
      return { build, pages, searches: { first, facilityName }, lighthouse };
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

try {
  const real = await measureSite('real', new Map(), { report: lastRealYear, compare: [lastRealYear - 1, lastRealYear] });
  // The synthetic years lie in the future: the content checks are told that today is after the last one.
  const synthetic = await measureSite('archive', archive.files, { report: lastYear, compare: [lastYear - 1, lastYear] }, { CONTENT_TODAY: `${lastYear + 2}-01-01` });
  const budgets = checkBudgets(real, synthetic);
  printReport(real, synthetic, budgets);
  const out = resolve(args.out);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), archiveShape: { options, stats: archive.stats }, real, archive: synthetic, budgets }, null, 2)}\n`);
  console.log(`\nwritten: ${out}`);
  if (args.strict && !budgets.every((budget) => budget.pass)) process.exitCode = 1;
} finally {
  if (!args.keep) for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}
