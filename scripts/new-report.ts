// `npm run new-report -- <year>`: creates content/reports/<year>/ with a report.mdx whose front
// matter lists and explains every field, and a smelters.csv with its header row. Never overwrites.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [year, rootArgument] = process.argv.slice(2);
const root = rootArgument ?? fileURLToPath(new URL('..', import.meta.url));
const templates = fileURLToPath(new URL('templates/', import.meta.url));

if (!year || !/^\d{4}$/.test(year)) {
  console.error('Usage: npm run new-report -- <year>   (for example: npm run new-report -- 2015)');
  process.exit(1);
}
const folder = join(root, 'content', 'reports', year);
const files = ['report.mdx', 'smelters.csv'];
const existing = files.filter((file) => existsSync(join(folder, file)));
if (existing.length > 0) {
  console.error(`content/reports/${year}/ already has ${existing.join(' and ')}; nothing was changed. Edit the existing files instead.`);
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
for (const file of files) {
  writeFileSync(join(folder, file), readFileSync(join(templates, file), 'utf8').replaceAll('{{year}}', year));
}
console.log(`Created content/reports/${year}/report.mdx and content/reports/${year}/smelters.csv.

Next steps:
  1. In report.mdx, replace every TODO in the front matter (between the --- lines); each field is explained there.
  2. Paste the Form SD and Conflict Minerals Report text below the front matter, with headings.
  3. Fill smelters.csv: one row per row of the filing's smelter table (see docs/publishing.md).
  4. Run  npm run check   — it lists every problem as  file:line — what is wrong — how to fix it.
  5. Run  npm run dev     — and open http://localhost:4321/reports/${year}/ to preview.
  6. Open a pull request with only these two files (and registry aliases, if a facility was renamed).`);
