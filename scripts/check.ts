// `npm run check` (then `astro check` for the types): every check the build makes, without
// rendering — front matter, CSVs, registry, countries, topics, MDX syntax and components — printing
// every problem at once as `file:line — what is wrong — how to fix it`. It runs the same function
// the build's content loaders run (src/lib/content/load-content.ts, via src/loaders/).
// With --github (automatic when GITHUB_ACTIONS=true) each problem is also printed as a workflow
// annotation, so a pull request shows it on the line of the file it concerns.
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/content/content-problem.ts';
import { githubAnnotation, wantsGithubAnnotations } from '../src/lib/content/github-annotations.ts';
import { loadContent } from '../src/lib/content/load-content.ts';

const root = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
const content = loadContent(root);
const rows = content.tables.reduce((sum, table) => sum + table.rows.length, 0);
const newFacilities = content.tables.flatMap((table) => table.rows.filter((row) => row.isNewFacility).map((row) => `${table.file}:${row.line} ${row.metal} “${row.facility}”`));

if (content.problems.length > 0) {
  console.error(`✗ ${content.problems.length === 1 ? '1 problem' : `${content.problems.length} problems`} to fix:\n`);
  for (const problem of content.problems) console.error(`  ${formatProblem(problem)}`);
  console.error('');
  if (wantsGithubAnnotations(process.argv, process.env)) for (const problem of content.problems) console.log(githubAnnotation(problem));
  process.exit(1);
}
console.log(`✓ Content is valid: ${content.policies.length} policies, ${content.news.length} news items, ${content.topics.length} topics, ${content.reports.length} reports (${content.reports.map((report) => report.data.year).join(', ')}), ${rows} smelter rows, ${content.registry.length} registered facilities.`);
if (newFacilities.length > 0) {
  console.log(`\nNew facilities (not in content/smelters/registry.yaml; they get their own page — add them to the registry to give them aliases):`);
  for (const line of newFacilities) console.log(`  ${line}`);
}
