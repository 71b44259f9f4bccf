import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newsSchema, type NewsData } from '../../schemas/news.ts';
import { policySchema, type PolicyData } from '../../schemas/policy.ts';
import { reportSchema, type ReportData } from '../../schemas/report.ts';
import { topicListSchema, type Topic } from '../../schemas/topic.ts';
import type { Country } from '../../schemas/country.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import { REGISTRY_FILE, type RegistryEntry } from '../../schemas/registry.ts';
import type { ContentProblem } from './content-problem.ts';
import { COUNTRIES_FILE, parseCountries } from '../domain/country-names.ts';
import { checkGlossaryQuotes, readGlossary } from '../domain/glossary.ts';
import { documentComponents } from './mdx-components.ts';
import { readDocument, readDocuments, readYamlList, type LoadedDocument } from './read-documents.ts';
import { parseSmelterCsv, type SmelterCsvRow } from './smelter-csv.ts';
import { parseRegistry, resolveNames } from '../domain/smelter-registry.ts';
import { fieldName } from './zod-problems.ts';

export type { LoadedDocument } from './read-documents.ts';

/** A smelter row placed in the registry. */
export type ResolvedSmelterRow = SmelterCsvRow & { facilityId: string; isNewFacility: boolean };

export interface SmelterTable {
  year: number;
  /** Path relative to the project root. */
  file: string;
  rows: ResolvedSmelterRow[];
}

/** Everything in `content/`, validated, with every problem found (none means it can be published). */
export interface LoadedContent {
  topics: Topic[];
  policies: LoadedDocument<PolicyData>[];
  news: LoadedDocument<NewsData>[];
  reports: LoadedDocument<ReportData>[];
  tables: SmelterTable[];
  registry: RegistryEntry[];
  /** Spellings of countries of origin (content/countries.yaml; empty when the file does not exist). */
  countries: Country[];
  /** The glossary's terms (content/glossary.yaml; empty when the file does not exist). */
  glossary: GlossaryTerm[];
  problems: ContentProblem[];
}

/**
 * Reads and validates all content the way the build needs it: front matter against the schemas,
 * smelter CSVs, the registry and the links between them (report year = folder, clause ids =
 * headings, topics exist, every CSV belongs to a report, MDX parses and uses only the page's
 * components). The one reader of content/: the content loaders (src/loaders/) call it once per
 * build and hand the result to every collection; `npm run check` calls it without building.
 */
export function loadContent(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const contentDir = join(root, 'content');

  const topicsFile = join(contentDir, 'topics.yaml');
  const topics = readYamlList(topicsFile, topicListSchema, rel(topicsFile), problems);
  const topicIds = new Set(topics.map((topic) => topic.id));

  const policies = readDocuments(join(contentDir, 'policies'), policySchema, rel, problems);
  for (const policy of policies) {
    const headingIds = new Set(policy.headings.map((heading) => heading.slug));
    policy.data.clauses.forEach((clause, index) => {
      if (!headingIds.has(clause.id)) {
        problems.push({ file: policy.file, line: policy.lineOf(['clauses', index, 'id']), field: `clauses[${index}].id`, message: `no heading in the text has the id "${clause.id}"`, fix: `use the id of a heading (ids are the heading text in lowercase with hyphens); the headings' ids are: ${[...headingIds].join(', ')}` });
      }
      for (const topic of clause.topics) {
        if (!topicIds.has(topic)) {
          problems.push({ file: policy.file, line: policy.lineOf(['clauses', index, 'topics']), field: `clauses[${index}].topics`, message: `"${topic}" is not a topic in content/topics.yaml`, fix: `use one of: ${[...topicIds].join(', ')}, or add the topic to content/topics.yaml` });
        }
      }
    });
  }

  for (const policy of policies) checkComponents(policy, documentComponents.policies, problems);

  const news = readDocuments(join(contentDir, 'news'), newsSchema, rel, problems);
  for (const item of news) checkComponents(item, documentComponents.news, problems);
  const checkSources = (documents: LoadedDocument<{ source: { seed: string } }>[]) => {
    for (const document of documents) {
      for (const seed of document.data.source.seed.split(',').map((name) => name.trim())) {
        if (!existsSync(join(contentDir, 'sources', seed))) {
          problems.push({ file: document.file, line: document.lineOf(['source', 'seed']), field: 'source.seed', message: `there is no source file "${seed}" in content/sources/`, fix: 'add the plain-text copy of the source document to content/sources/, or correct the file name' });
        }
      }
    }
  };
  checkSources([...policies, ...news]);

  const reportsDir = join(contentDir, 'reports');
  const years = existsSync(reportsDir) ? readdirSync(reportsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : [];
  const reports: LoadedDocument<ReportData>[] = [];
  const rawTables: { year: number; file: string; rows: SmelterCsvRow[] }[] = [];
  for (const folder of years) {
    const reportPath = join(reportsDir, folder, 'report.mdx');
    const csvPath = join(reportsDir, folder, 'smelters.csv');
    const folderYear = /^\d{4}$/.test(folder) ? Number(folder) : undefined;
    if (folderYear === undefined) {
      problems.push({ file: rel(join(reportsDir, folder)), message: `"${folder}" is not a year`, fix: 'name each report folder after the year it covers, e.g. content/reports/2015/' });
      continue;
    }
    if (!existsSync(reportPath)) {
      problems.push({ file: rel(join(reportsDir, folder)), message: `the folder has no report.mdx${existsSync(csvPath) ? ', so its smelters.csv belongs to no report' : ''}`, fix: `add content/reports/${folder}/report.mdx (npm run new-report -- ${folder} creates it)` });
      continue;
    }
    const report = readDocument(reportPath, reportSchema, rel, problems);
    if (report) {
      if (report.data.year !== folderYear) {
        problems.push({ file: report.file, line: report.lineOf(['year']), field: 'year', message: `says ${report.data.year} but the file is in the folder for ${folderYear}`, fix: `make the year ${folderYear}, or move the files to content/reports/${report.data.year}/` });
      }
      const headingIds = new Set(report.headings.map((heading) => heading.slug));
      for (const [key, value] of Object.entries(report.data.sections)) {
        const ids = typeof value === 'string' ? [value] : value;
        ids.forEach((id, index) => {
          if (headingIds.has(id)) return;
          const path = typeof value === 'string' ? ['sections', key] : ['sections', key, index];
          problems.push({ file: report.file, line: report.lineOf(path), field: fieldName(path), message: `no heading has the id "${id}"`, fix: `use the id of one of this report's headings (the heading text in lowercase with hyphens): ${[...headingIds].join(', ')}` });
        });
      }
      const tables = report.components.filter((component) => component.name === 'SmelterTable');
      if (tables.length !== 1) {
        problems.push({ file: report.file, line: tables[1] ? report.bodyLine + tables[1].line - 1 : undefined, message: tables.length === 0 ? 'the text has no <SmelterTable /> line' : 'the text has <SmelterTable /> more than once', fix: 'put exactly one line <SmelterTable /> where the filing shows the smelter table' });
      }
      checkComponents(report, documentComponents.reports, problems);
      reports.push(report);
    }
    if (!existsSync(csvPath)) {
      problems.push({ file: rel(join(reportsDir, folder)), message: 'the folder has no smelters.csv', fix: `add content/reports/${folder}/smelters.csv with the filing's smelter table` });
      continue;
    }
    const parsed = parseSmelterCsv(readFileSync(csvPath, 'utf8'), rel(csvPath));
    problems.push(...parsed.problems);
    rawTables.push({ year: folderYear, file: rel(csvPath), rows: parsed.rows });
  }

  checkSources(reports);

  const registryPath = join(root, REGISTRY_FILE);
  const registryResult = existsSync(registryPath) ? parseRegistry(readFileSync(registryPath, 'utf8')) : { entries: [], problems: [{ file: REGISTRY_FILE, message: 'the smelter registry is missing', fix: `create ${REGISTRY_FILE}` }] };
  problems.push(...registryResult.problems);
  const printed = rawTables.flatMap((table) => table.rows.map((row) => ({ metal: row.metal, facility: row.facility, marker: row.marker, file: table.file, line: row.line })));
  const { resolutions, problems: matchProblems } = resolveNames(printed, registryResult.entries);
  problems.push(...matchProblems);
  let next = 0;
  const tables = rawTables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => {
      const resolution = resolutions[next++];
      return { ...row, facilityId: resolution?.facilityId ?? '', isNewFacility: resolution?.isNew ?? true };
    }),
  }));

  const countriesPath = join(root, COUNTRIES_FILE);
  const countriesResult = existsSync(countriesPath) ? parseCountries(readFileSync(countriesPath, 'utf8')) : { entries: [], problems: [] };
  problems.push(...countriesResult.problems);

  const glossary = readGlossary(root);
  problems.push(...glossary.problems, ...checkGlossaryQuotes(glossary, reports.map((report) => ({ year: report.data.year, body: report.body }))));

  return { topics, policies, news, reports, tables, registry: registryResult.entries, countries: countriesResult.entries, glossary: glossary.terms, problems };
}

/** Every capitalised tag in the text must be a component the page provides; the renderer would fail on any other. */
function checkComponents(document: LoadedDocument<unknown>, allowed: readonly string[], problems: ContentProblem[]): void {
  for (const use of document.components) {
    if (allowed.includes(use.name)) continue;
    const suggestion = allowed.find((name) => name.toLowerCase() === use.name.toLowerCase() || editDistance(name, use.name) <= 2);
    problems.push({
      file: document.file,
      line: document.bodyLine + use.line - 1,
      message: `<${use.name} /> is not a component this page has`,
      fix: suggestion ? `did you mean <${suggestion} />? (names are case-sensitive)` : allowed.length > 0 ? `use ${allowed.map((name) => `<${name} />`).join(' or ')}, or remove the tag` : 'this kind of document has no components: remove the tag, or write a literal < as \\<',
    });
  }
}

/** Levenshtein distance, for suggesting the component a misspelt tag meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}
