import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { newsSchema, type NewsData } from '../schemas/news.ts';
import { policySchema, type PolicyData } from '../schemas/policy.ts';
import { reportSchema, type ReportData } from '../schemas/report.ts';
import { topicSchema, type Topic } from '../schemas/topic.ts';
import type { Country } from '../schemas/country.ts';
import type { RegistryEntry } from '../schemas/registry.ts';
import type { ContentProblem } from './content-problem.ts';
import { COUNTRIES_FILE, parseCountries } from './country-names.ts';
import { extractHeadings, readMarkdownSource, type Heading } from './markdown-source.ts';
import { parseSmelterCsv, type SmelterCsvRow } from './smelter-csv.ts';
import { parseRegistry, resolveNames, REGISTRY_FILE } from './smelter-registry.ts';
import { parseYaml } from './yaml-source.ts';
import { describeIssue, fieldName } from './zod-problems.ts';

/** A smelter row placed in the registry. */
export type ResolvedSmelterRow = SmelterCsvRow & { facilityId: string; isNewFacility: boolean };

export interface SmelterTable {
  year: number;
  /** Path relative to the project root. */
  file: string;
  rows: ResolvedSmelterRow[];
}

export interface LoadedDocument<T> {
  file: string;
  data: T;
  body: string;
  headings: Heading[];
  /** Line of a front matter field, for pointing problems at it. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
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
  problems: ContentProblem[];
}

/**
 * Reads and validates all content the way the build needs it: front matter against the schemas,
 * smelter CSVs, the registry and the links between them (report year = folder, clause ids =
 * headings, topics exist, every CSV belongs to a report). Used by `npm run check`, by the build
 * (before Astro renders anything) and by the content loaders.
 */
export function loadContent(root: string): LoadedContent {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const contentDir = join(root, 'content');

  const topicsFile = join(contentDir, 'topics.yaml');
  const topics = readYamlList(topicsFile, topicSchema, rel(topicsFile), problems);
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

  const news = readDocuments(join(contentDir, 'news'), newsSchema, rel, problems);
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
    const [report] = readDocumentFiles([reportPath], reportSchema, rel, problems);
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
      const tableTags = report.body.match(/<SmelterTable\s*\/>/g)?.length ?? 0;
      if (tableTags !== 1) {
        problems.push({ file: report.file, message: tableTags === 0 ? 'the text has no <SmelterTable /> line' : 'the text has <SmelterTable /> more than once', fix: 'put exactly one line <SmelterTable /> where the filing shows the smelter table' });
      }
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
  const printed = rawTables.flatMap((table) => table.rows.map((row) => ({ metal: row.metal, facility: row.facility, file: table.file, line: row.line })));
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

  return { topics, policies, news, reports, tables, registry: registryResult.entries, countries: countriesResult.entries, problems };
}

function readDocuments<S extends z.ZodType>(dir: string, schema: S, rel: (path: string) => string, problems: ContentProblem[]): LoadedDocument<z.output<S>>[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort().map((name) => join(dir, name));
  return readDocumentFiles(files, schema, rel, problems);
}

function readDocumentFiles<S extends z.ZodType>(files: string[], schema: S, rel: (path: string) => string, problems: ContentProblem[]): LoadedDocument<z.output<S>>[] {
  const documents: LoadedDocument<z.output<S>>[] = [];
  for (const path of files) {
    const file = rel(path);
    const source = readMarkdownSource(readFileSync(path, 'utf8'), file);
    if ('message' in source) {
      problems.push(source);
      continue;
    }
    const { frontmatter } = source;
    if (frontmatter.syntaxError) {
      problems.push({ file, line: frontmatter.syntaxError.line, message: `the front matter is not valid YAML (${frontmatter.syntaxError.message})`, fix: 'check indentation, and put text containing a colon in double quotes' });
      continue;
    }
    const placeholders = placeholderPaths(frontmatter.data);
    for (const path of placeholders) {
      problems.push({ file, line: frontmatter.lineOf(path), field: fieldName(path), message: 'still says TODO', fix: 'replace TODO with the value from the filing (the comment on that line explains the field)' });
    }
    const todoLine = source.body.split('\n').findIndex((line) => /\bTODO\b/.test(line));
    if (todoLine >= 0) {
      problems.push({ file, line: source.bodyLine + todoLine, message: 'the text still contains a TODO placeholder', fix: 'replace it with the text of the filing' });
    }
    if (placeholders.length > 0) continue;
    const parsed = schema.safeParse(frontmatter.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: frontmatter.lineOf(issue.path), field: fieldName(issue.path), message: describeIssue(issue, frontmatter.data), fix: 'correct the front matter field (the block between the two --- lines at the top)' });
      }
      continue;
    }
    documents.push({ file, data: parsed.data, body: source.body, headings: extractHeadings(source.body), lineOf: frontmatter.lineOf });
  }
  return documents;
}

function readYamlList<S extends z.ZodType>(path: string, schema: S, file: string, problems: ContentProblem[]): z.output<S>[] {
  if (!existsSync(path)) {
    problems.push({ file, message: 'the file is missing', fix: `create ${file}` });
    return [];
  }
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  if (yaml.syntaxError) {
    problems.push({ file, line: yaml.syntaxError.line, message: `not valid YAML (${yaml.syntaxError.message})`, fix: 'check the indentation' });
    return [];
  }
  const items = Array.isArray(yaml.data) ? yaml.data : [];
  const valid: z.output<S>[] = [];
  items.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ file, line: yaml.lineOf([index, ...issue.path]), field: fieldName([index, ...issue.path]), message: describeIssue(issue, item), fix: 'correct the entry' });
  });
  return valid;
}

/** Paths of front matter values that are still the scaffold's "TODO" placeholder. */
function placeholderPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  return [];
}
