import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from './content-problem.ts';
import { readMarkdownSource, type ComponentUse, type Heading } from './markdown-source.ts';
import { findUnreadableText, unreadableTextProblem } from '../../schemas/text-hygiene.ts';
import { findUnsafeContent } from './unsafe-content.ts';
import { parseYaml } from './yaml-source.ts';
import { describeIssue, fieldName, fixOf } from './zod-problems.ts';

/** An MDX document of content/, its front matter validated against its schema. */
export interface LoadedDocument<T> {
  /** Path relative to the project root. */
  file: string;
  /** Absolute path, for the renderer. */
  path: string;
  data: T;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  headings: Heading[];
  components: ComponentUse[];
  /** Line of a front matter field, for pointing problems at it. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Turns an absolute path into the project-relative one problems name. */
export type RelativePath = (path: string) => string;

/** The `.mdx`/`.md` files of a folder, sorted, read and validated. */
export function readDocuments<S extends z.ZodType>(dir: string, schema: S, rel: RelativePath, problems: ContentProblem[]): LoadedDocument<z.output<S>>[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((name) => /\.mdx?$/.test(name)).sort().map((name) => join(dir, name));
  return files.flatMap((path) => readDocument(path, schema, rel, problems) ?? []);
}

/**
 * Reads one MDX/Markdown file: front matter (YAML, placeholders, schema) and body (parsed as MDX,
 * TODO placeholders). Returns `undefined`, with the problems recorded, when it cannot be published.
 */
export function readDocument<S extends z.ZodType>(path: string, schema: S, rel: RelativePath, problems: ContentProblem[]): LoadedDocument<z.output<S>> | undefined {
  const file = rel(path);
  const text = readFileSync(path, 'utf8');
  const unreadable = findUnreadableText(text.replace(/\r\n?/g, '\n'));
  if (unreadable) {
    problems.push({ file, line: unreadable.line, ...unreadableTextProblem(unreadable.excerpt) });
    return undefined;
  }
  const source = readMarkdownSource(text, { mdx: path.endsWith('.mdx') });
  if (!source) {
    problems.push({ file, line: 1, message: 'the file does not start with a front matter block', fix: 'begin the file with a line "---", the fields, and another line "---"' });
    return undefined;
  }
  const { frontmatter } = source;
  if (frontmatter.syntaxError) {
    problems.push({ file, line: frontmatter.syntaxError.line, message: `the front matter is not valid YAML (${frontmatter.syntaxError.message})`, fix: frontmatter.syntaxError.fix ?? 'check indentation, and put text containing a colon in double quotes' });
    return undefined;
  }
  let publishable = true;
  if (source.syntaxError) {
    problems.push({ file, line: source.syntaxError.line, message: `the text is not valid MDX: ${source.syntaxError.message}`, fix: 'close every <Tag> with </Tag> or write it as <Tag />, and write a literal < or { as \\< or \\{' });
    publishable = false;
  } else {
    const unsafe = findUnsafeContent(file, source.body, source.bodyLine);
    problems.push(...unsafe);
    if (unsafe.length > 0) publishable = false;
  }
  const placeholders = placeholderPaths(frontmatter.data);
  for (const placeholder of placeholders) {
    problems.push({ file, line: frontmatter.lineOf(placeholder), field: fieldName(placeholder), message: 'still says TODO', fix: 'replace TODO with the value from the filing (the comment on that line explains the field)' });
  }
  const todoLine = source.body.split('\n').findIndex((line) => /\bTODO\b/.test(line));
  if (todoLine >= 0) {
    problems.push({ file, line: source.bodyLine + todoLine, message: 'the text still contains a TODO placeholder', fix: 'replace it with the text of the filing' });
  }
  if (placeholders.length > 0) return undefined;
  const parsed = schema.safeParse(frontmatter.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, line: frontmatter.lineOf(issue.path), field: fieldName(issue.path), message: describeIssue(issue, frontmatter.data, frontmatter.lineOf), fix: fixOf(issue) ?? 'correct the front matter field (the block between the two --- lines at the top)' });
    }
    return undefined;
  }
  if (!publishable) return undefined;
  const { body, bodyLine, headings, components } = source;
  return { file, path, data: parsed.data, body, bodyLine, headings, components, lineOf: frontmatter.lineOf };
}

/** A YAML file holding a list, validated against `schema` (its entries, and rules across them such as unique ids). */
export function readYamlList<S extends z.ZodType>(path: string, schema: z.ZodArray<S>, file: string, problems: ContentProblem[]): z.output<S>[] {
  if (!existsSync(path)) {
    problems.push({ file, message: 'the file is missing', fix: `create ${file}` });
    return [];
  }
  const yaml = parseYaml(readFileSync(path, 'utf8'));
  if (yaml.syntaxError) {
    problems.push({ file, line: yaml.syntaxError.line, message: `not valid YAML (${yaml.syntaxError.message})`, fix: yaml.syntaxError.fix ?? 'check the indentation' });
    return [];
  }
  const items: unknown[] = Array.isArray(yaml.data) ? yaml.data : [];
  const parsed = schema.safeParse(items);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ file, line: yaml.lineOf(issue.path), field: fieldName(issue.path), message: describeIssue(issue, items, yaml.lineOf), fix: fixOf(issue) ?? 'correct the entry' });
  // The valid entries still count, so that a mistake in one entry is not reported again wherever the others are used.
  return items.flatMap((item) => {
    const entry = schema.element.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

/** Paths of front matter values that are still the scaffold's "TODO" placeholder. */
function placeholderPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  return [];
}
