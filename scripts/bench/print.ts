// The bench's printed report: both sites side by side, then the budgets.
import type { BudgetResult, SiteFigures } from './budgets.ts';

export function printReport(real: SiteFigures, archive: SiteFigures, budgets: BudgetResult[]): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows: [string, string, string][] = [
    ['pages', String(real.build.pages), String(archive.build.pages)],
    ['build', `${real.build.seconds.toFixed(1)} s`, `${archive.build.seconds.toFixed(1)} s`],
    ['build per page', `${real.build.msPerPage.toFixed(1)} ms`, `${archive.build.msPerPage.toFixed(1)} ms`],
    ['peak memory (Pss, all processes)', memory(real.build.peakMemoryMiB), memory(archive.build.peakMemoryMiB)],
    ['largest process (RSS)', memory(real.build.largestProcessMiB), memory(archive.build.largestProcessMiB)],
    ['dist/', mb(real.build.distBytes), mb(archive.build.distBytes)],
    ['search index', mb(real.build.searchIndexBytes), mb(archive.build.searchIndexBytes)],
  ];
  for (const kind of Object.keys(archive.pages)) {
    const [a, b] = [real.pages[kind], archive.pages[kind]];
    const cell = (page: typeof a) => (page ? `${kb(page.gzipBytes)}, ${page.elements} el., JS ${kb(page.scriptBytes)}` : '—');
    rows.push([kind, cell(a), cell(b)]);
  }
  for (const key of ['first', 'facilityName'] as const) {
    const cell = (figures: SiteFigures) => {
      const search = figures.searches[key];
      return `"${search.query.slice(0, 24)}": ${kb(search.bytes)} in ${search.requests} req., ${Math.round(search.ms)} ms`;
    };
    rows.push([key === 'first' ? 'first search' : 'facility-name search', cell(real), cell(archive)]);
  }
  for (const scores of archive.lighthouse) {
    const other = real.lighthouse.find((item) => item.path === scores.path) ?? real.lighthouse[archive.lighthouse.indexOf(scores)];
    const cell = (item: typeof other) => (item ? `${item.performance}/${item.accessibility}/${item.bestPractices}/${item.seo} CLS ${item.cumulativeLayoutShift.toFixed(3)}` : '—');
    rows.push([`Lighthouse mobile, ${Object.entries(archive.pages).find(([, page]) => page.path === scores.path)?.[0] ?? scores.path}`, cell(other), cell(scores)]);
  }
  const width = (column: 0 | 1 | 2) => Math.max(...rows.map((row) => row[column].length), 12);
  const line = (row: [string, string, string]) => `${row[0].padEnd(width(0))}  ${row[1].padEnd(width(1))}  ${row[2]}`;
  console.log(`\n${line(['', 'real site', 'synthetic archive'])}`);
  for (const row of rows) console.log(line(row));
  console.log('(gzip bytes loaded before interaction, elements, JavaScript among them; Lighthouse: performance/accessibility/best practices/SEO)');
  for (const kind of Object.keys(archive.pages)) console.log(`  ${kind}: ${real.pages[kind]?.path ?? '—'} and ${archive.pages[kind]?.path ?? '—'}`);
  const audits = [...real.lighthouse, ...archive.lighthouse];
  if (audits.length > 0) {
    const indexes = audits.map((scores) => scores.benchmarkIndex);
    console.log(`Lighthouse: the median of ${[...new Set(audits.map((scores) => scores.runs))].join('/')} audits per page (its computeMedianRun); it simulated a ${[...new Set(audits.map((scores) => scores.cpuSlowdown))].join('/')}× CPU slowdown on a machine of BenchmarkIndex ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))} (Lighthouse assumes 1500 or more for 4×; see --cpu-slowdown)`);
  }
  console.log(`\nbudgets: ${budgets.filter((budget) => budget.pass).length} of ${budgets.length} pass`);
  for (const budget of budgets) console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.budget}: ${budget.measured}`);
  const shortfalls = [...real.lighthouse.map((scores) => ['real', scores] as const), ...archive.lighthouse.map((scores) => ['archive', scores] as const)].filter(([, scores]) => scores.shortfalls.length > 0);
  if (shortfalls.length > 0) console.log('\nwhat kept Lighthouse below 100:');
  for (const [site, scores] of shortfalls) console.log(`  ${site} ${scores.path}: ${scores.shortfalls.join('; ')}`);
}

function memory(mib: number | null): string {
  return mib === null ? 'not measured' : `${Math.round(mib)} MiB`;
}
