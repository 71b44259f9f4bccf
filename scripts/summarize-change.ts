// `node scripts/summarize-change.ts [base-ref]`: a Markdown summary of the report years a pull
// request adds or changes (all years when no base is given), for reviewers: facilities per metal,
// marked, and what was added, removed, likely renamed or renamed against the previous year.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { facilityFigures } from '../src/lib/domain/compare-facilities.ts';
import { compareReports } from '../src/lib/domain/compare-reports.ts';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { formatShare } from '../src/lib/domain/report-figures.ts';
import { metals } from '../src/schemas/smelter-row.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const base = process.argv[2];
const content = loadContent(root);
if (content.problems.length > 0) {
  console.log(`### Content problems\n\n${content.problems.map((problem) => `- ${formatProblem(problem)}`).join('\n')}`);
  process.exit(1);
}

const changedYears = base
  ? new Set(
      execFileSync('git', ['diff', '--name-only', `${base}...HEAD`, '--', 'content/reports'], { cwd: root, encoding: 'utf8' })
        .split('\n')
        .map((path) => /^content\/reports\/(\d{4})\//.exec(path)?.[1])
        .filter((year): year is string => Boolean(year))
        .map(Number),
    )
  : new Set(content.reports.map((report) => report.data.year));

const years = content.reports.map((report) => report.data.year).sort((a, b) => a - b);
const registry = content.registry.map(({ id, name, metal, succeeds }) => ({ id, name, metal, succeeds }));
const snapshot = (year: number) => {
  const report = content.reports.find((item) => item.data.year === year);
  const table = content.tables.find((item) => item.year === year);
  return report && table ? { year, data: report.data, rows: table.rows } : undefined;
};

if (changedYears.size === 0) console.log('This pull request changes no report year.');
for (const year of [...changedYears].sort()) {
  const current = snapshot(year);
  if (!current) continue;
  const figures = facilityFigures(current.rows);
  console.log(`### ${year} smelter table\n\n${current.rows.length} rows. Facilities count each facility once, as the site does:\n\n| Metal | Facilities | Marked | Share |\n| --- | ---: | ---: | ---: |`);
  for (const metal of metals) {
    const item = figures.byMetal[metal];
    console.log(`| ${metal} | ${item.facilities} | ${item.marked} | ${formatShare(item.markedShare)} |`);
  }
  console.log(`| **All** | **${figures.total.facilities}** | **${figures.total.marked}** | **${formatShare(figures.total.markedShare)}** |\n`);
  const newNames = current.rows.filter((row) => row.isNewFacility);
  if (newNames.length > 0) console.log(`Not in the registry (new facilities): ${newNames.map((row) => `${row.metal} “${row.facility}”`).join('; ')}\n`);

  const previousYear = years.filter((other) => other < year).at(-1);
  const previous = previousYear === undefined ? undefined : snapshot(previousYear);
  if (!previous) continue;
  const comparison = compareReports(previous, current, registry, content.countries);
  console.log(`Against ${previousYear}:\n`);
  for (const item of comparison.metals) {
    const parts = [`${item.added.length} added`, `${item.removed.length} removed`, `${item.likelyRenamed.length} likely renamed (registry likelySameAs)`, `${item.renamed.length} renamed`, `${item.markerChanged.length} marker changed`, `${item.split.length} listed site by site`];
    console.log(`- **${item.metal}**: ${parts.join(', ')}`);
  }
  if (comparison.marker.differences.length > 0) console.log(`\n⚠️ The marker's meaning differs from ${previousYear} (${comparison.marker.differences.join(' and ')}): check the front matter's marker quote.`);
  console.log(`\nCountries of origin: ${comparison.countries.added.length} added, ${comparison.countries.removed.length} removed.\n`);
}
