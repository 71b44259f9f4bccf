import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTermSchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import type { ContentProblem } from '../content/content-problem.ts';
import { plainText } from '../content/markdown-source.ts';
import { parseYaml } from '../content/yaml-source.ts';
import { describeIssue, fieldName } from '../content/zod-problems.ts';

export const GLOSSARY_FILE = 'content/glossary.yaml';

export interface ParsedGlossary {
  terms: GlossaryTerm[];
  problems: ContentProblem[];
  /** Line of a term's quote in the file, for pointing problems at it. */
  quoteLine?: (term: GlossaryTerm, quoteIndex: number) => number | undefined;
}

/** Parses and checks the glossary: each entry against the schema, unique ids and spellings, `see` ids that exist. */
export function parseGlossary(text: string, file = GLOSSARY_FILE): ParsedGlossary {
  const yaml = parseYaml(text);
  if (yaml.syntaxError) {
    return { terms: [], problems: [{ file, line: yaml.syntaxError.line, message: `the file is not valid YAML (${yaml.syntaxError.message})`, fix: 'check the indentation and that each entry starts with "- id:"' }] };
  }
  if (!Array.isArray(yaml.data)) {
    return { terms: [], problems: [{ file, line: 1, message: 'the file is not a list of terms', fix: 'write one entry per term, each starting with "- id:"' }] };
  }
  const items: unknown[] = yaml.data;
  const problems: ContentProblem[] = [];
  const terms: GlossaryTerm[] = [];
  const itemIndex = new Map<GlossaryTerm, number>();
  const spellingOwner = new Map<string, string>();
  items.forEach((item, index) => {
    const parsed = glossaryTermSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: yaml.lineOf([index, ...issue.path]), field: fieldName([index, ...issue.path]), message: describeIssue(issue, item), fix: 'each term needs an id, the term, the spellings to link (match) and a definition' });
      }
      return;
    }
    const term = parsed.data;
    if (terms.some((other) => other.id === term.id)) {
      problems.push({ file, line: yaml.lineOf([index, 'id']), field: fieldName([index, 'id']), message: `the id "${term.id}" is used by another term`, fix: 'give each term its own id' });
    }
    term.match.forEach((spelling, matchIndex) => {
      const key = spelling.toLowerCase();
      const owner = spellingOwner.get(key);
      if (owner !== undefined && owner !== term.id) {
        problems.push({ file, line: yaml.lineOf([index, 'match', matchIndex]), field: fieldName([index, 'match', matchIndex]), message: `"${spelling}" is already linked to the term "${owner}"`, fix: 'a spelling can link to one term only; remove it from one of the two' });
      }
      spellingOwner.set(key, term.id);
    });
    terms.push(term);
    itemIndex.set(term, index);
  });
  const ids = new Set(terms.map((term) => term.id));
  for (const term of terms) {
    const index = itemIndex.get(term) ?? 0;
    term.see.forEach((id, seeIndex) => {
      if (!ids.has(id)) problems.push({ file, line: yaml.lineOf([index, 'see', seeIndex]), field: fieldName([index, 'see', seeIndex]), message: `there is no term with the id "${id}"`, fix: 'use the id of another entry of the glossary' });
    });
  }
  return { terms, problems, quoteLine: (term, quoteIndex) => yaml.lineOf([itemIndex.get(term) ?? -1, 'quotes', quoteIndex, 'text']) };
}

/** A spelling to find in text, and the term it links to. */
export interface TermMatcher {
  id: string;
  pattern: RegExp;
}

/** One regular expression per spelling, whole words only; capitals-only spellings match exactly. */
export function termMatchers(terms: readonly Pick<GlossaryTerm, 'id' | 'match'>[]): TermMatcher[] {
  return terms.flatMap((term) =>
    term.match.map((spelling) => {
      const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const exact = spelling === spelling.toUpperCase();
      return { id: term.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, exact ? 'gu' : 'giu') };
    }),
  );
}

/** Text split into plain runs and uses of terms. */
export type TermPiece = string | { id: string; text: string };

/**
 * Splits `text` at the first use of each term not yet in `used`, and adds those terms to `used`
 * (one set per page, so each term is linked once, where it first appears). Where spellings
 * overlap, the earliest wins, then the longest.
 */
export function linkFirstUses(text: string, matchers: readonly TermMatcher[], used: Set<string>): TermPiece[] {
  const found = matchers
    .filter((matcher) => !used.has(matcher.id))
    .flatMap((matcher) => [...text.matchAll(matcher.pattern)].map((match) => ({ id: matcher.id, start: match.index, end: match.index + match[0].length })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TermPiece[] = [];
  let position = 0;
  for (const use of found) {
    if (use.start < position || used.has(use.id)) continue;
    if (use.start > position) pieces.push(text.slice(position, use.start));
    pieces.push({ id: use.id, text: text.slice(use.start, use.end) });
    used.add(use.id);
    position = use.end;
  }
  if (position < text.length) pieces.push(text.slice(position));
  return pieces;
}

/** Text with Markdown markup and spacing folded away, so a quoted sentence can be found in a report's text. */
function comparable(text: string): string {
  return plainText(text).replace(/\s+/g, ' ').trim();
}

/** Problems for every glossary quote not found, word for word, in the text of the report it names. */
export function checkGlossaryQuotes(glossary: Pick<ParsedGlossary, 'terms' | 'quoteLine'>, reports: readonly { year: number; body: string }[], file = GLOSSARY_FILE): ContentProblem[] {
  const bodies = new Map(reports.map((report) => [report.year, comparable(report.body)]));
  return glossary.terms.flatMap((term) =>
    term.quotes.flatMap((quote, index): ContentProblem[] => {
      const body = bodies.get(quote.year);
      const line = glossary.quoteLine?.(term, index);
      const where = line === undefined ? { file } : { file, line };
      if (body === undefined) return [{ ...where, message: `the term "${term.id}" quotes the ${quote.year} report, which does not exist`, fix: 'give the year of a published report' }];
      return body.includes(comparable(quote.text)) ? [] : [{ ...where, message: `the term "${term.id}" quotes a sentence that is not in the ${quote.year} report's text: "${quote.text.length > 60 ? `${quote.text.slice(0, 60)}…` : quote.text}"`, fix: 'copy the sentence exactly as the report prints it' }];
    }),
  );
}

/** The glossary under `root` (none when the file does not exist), with its problems. */
export function readGlossary(root: string): ParsedGlossary {
  const path = join(root, GLOSSARY_FILE);
  return existsSync(path) ? parseGlossary(readFileSync(path, 'utf8')) : { terms: [], problems: [] };
}

/** Terms in alphabetical order of their names, quotation marks ignored. */
export function sortedTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const key = (term: GlossaryTerm) => term.term.replace(/[“”"‘’']/g, '');
  return [...terms].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }));
}

// The Markdown pipeline (configured in astro.config.mjs, outside Vite's module graph) and the
// content loaders (inside it) share no module instance; a process-wide slot lets the glossary
// links use the terms the loaders read, so content/glossary.yaml is read once per build.
const SHARED = Symbol.for('supply-chain-disclosures.glossary');

/** Makes the terms just read from content/ available to the Markdown pipeline. */
export function shareGlossary(terms: readonly GlossaryTerm[]): void {
  (globalThis as Record<symbol, unknown>)[SHARED] = terms;
}

/** The terms last read from content/ (none before the content is read). */
export function sharedGlossary(): readonly GlossaryTerm[] {
  return ((globalThis as Record<symbol, unknown>)[SHARED] as readonly GlossaryTerm[] | undefined) ?? [];
}
