import { diffWords } from 'diff';
import GithubSlugger from 'github-slugger';
import { extractHeadings, plainText, type Heading } from './markdown-source.ts';

/** What section matching needs from one year's report. */
export interface SectionSource {
  year: number;
  /** The Markdown/MDX body (front matter removed). */
  body: string;
  /** The front matter's `sections`: shared key → heading id(s). */
  sections: Readonly<Record<string, string | readonly string[]>>;
}

/** One side of a matched pair: the heading(s) and their text. */
export interface SectionSide {
  /** Heading ids (anchors on the report page), in order. */
  ids: string[];
  /** Heading texts as printed, in order. */
  titles: string[];
  /** Plain text of the section(s): Markdown syntax and component lines removed, paragraphs separated by a blank line. */
  text: string;
}

/** Two sections that treat the same matter in two years. */
export interface SectionPair {
  /** The shared key from front matter, or one derived from the heading for a match by title. */
  key: string;
  /** `key`: both reports' front matter name it; `title`: the headings read the same once numbering is removed. */
  matchedBy: 'key' | 'title';
  /** Reader-facing title: the later heading without its numbering. */
  title: string;
  from: SectionSide;
  to: SectionSide;
}

/** A run of words in a word-level difference. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface WordDiff {
  /** The difference, split into paragraphs (the later text's paragraphs), each a list of runs. */
  paragraphs: DiffPart[][];
  wordsAdded: number;
  wordsRemoved: number;
  /** True when nothing but whitespace differs. */
  identical: boolean;
}

export interface SectionComparison extends SectionPair {
  diff: WordDiff;
}

/**
 * Leading numbering of a heading: "1.", "2.1", "IV.", "Step 3:". A bare number ("2014 Results")
 * is not numbering; "Item 1.01" and "Section 2 -" are part of the title (they name Form SD items).
 */
const NUMBERING = /^(?:step\s+\d+\s*[:.\-–—]?|\d+(?:\.\d+)+\.?|\d+[.)]|[ivxlc]+[.)])\s+/i;

/** The heading text without its leading numbering, e.g. "IV. Due Diligence" → "Due Diligence". */
export function stripNumbering(title: string): string {
  return title.trim().replace(NUMBERING, '').trim();
}

/** How titles are compared: numbering removed, case and runs of spaces and punctuation ignored. */
function titleKey(title: string): string {
  return stripNumbering(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The lines of a heading's section: after the heading, up to the next heading of the same or a higher level. */
function sectionLines(lines: readonly string[], headings: readonly Heading[], heading: Heading): string[] {
  const next = headings.find((other) => other.line > heading.line && other.depth <= heading.depth);
  return lines.slice(heading.line, next ? next.line - 1 : lines.length);
}

const COMPONENT_LINE = /^\s*<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>\s*$/;
const MDX_STATEMENT = /^\s*(?:import|export)\s/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const URL_OR_LINK = /(!?\[[^\]]*\]\([^)]*\)|<[a-z][\w+.-]*:[^>\s]+>|\bhttps?:\/\/[^\s)]+)/gi;

/** Inline Markdown to plain text; addresses are kept as written (underscores in them are not emphasis). */
function inlineText(markdown: string): string {
  return markdown
    .split(URL_OR_LINK)
    .map((part, index) => {
      if (index % 2 === 0) return plainText(part);
      const link = /^!?\[([^\]]*)\]\(/.exec(part);
      if (link) return /^\S+:\/\/\S+$/.test(link[1] ?? '') ? (link[1] ?? '') : plainText(link[1] ?? '');
      return part.replace(/^<|>$/g, '');
    })
    .join('')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Markdown to the text a reader sees, paragraph by paragraph: headings, list items and
 * blockquotes lose their markers (each list item and heading is a paragraph of its own), hard line
 * breaks join, and component lines (`<SmelterTable />`) and MDX import/export lines are dropped.
 */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inlineText(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  let inFence = false;
  for (const raw of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    const line = inFence ? raw : raw.replace(/^\s*>\s?/, '');
    if (!inFence && (COMPONENT_LINE.test(line) || MDX_STATEMENT.test(line))) {
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = inFence ? null : /^\s*#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1] ?? '');
      flush();
      continue;
    }
    if (!inFence && LIST_ITEM.test(line)) {
      flush();
      current.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    current.push(line.replace(/\\$/, '').trim());
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The plain text of the sections under the given heading ids, joined in the order given. */
export function sectionText(body: string, ids: readonly string[], headings: readonly Heading[] = extractHeadings(body)): string {
  const lines = body.split('\n');
  return ids
    .map((id) => headings.find((heading) => heading.slug === id))
    .filter((heading): heading is Heading => heading !== undefined)
    .map((heading) => markdownToText(sectionLines(lines, headings, heading).join('\n')))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Pairs the sections of two years' reports that treat the same matter: first every shared key of
 * the front matter `sections` maps; then, among headings not used by a key, headings whose text
 * is the same once numbering is removed ("2.3 Identify…" / "Step 2: Identify…"), when that pairing
 * is unambiguous. A match by title is dropped when its section contains another matched section
 * (e.g. "Conflict Minerals Report" around all its subsections), so no text is compared twice.
 * Pairs where neither side has any text are left out. Ordered as the later report orders them.
 */
export function matchSections(from: SectionSource, to: SectionSource): SectionPair[] {
  const fromHeadings = extractHeadings(from.body);
  const toHeadings = extractHeadings(to.body);
  const ids = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value]);
  const known = (headings: readonly Heading[], list: readonly string[]) => list.filter((id) => headings.some((heading) => heading.slug === id));

  interface Candidate {
    key: string;
    matchedBy: 'key' | 'title';
    fromIds: string[];
    toIds: string[];
  }
  const candidates: Candidate[] = [];
  for (const [key, toValue] of Object.entries(to.sections)) {
    const fromValue = from.sections[key];
    if (fromValue === undefined) continue;
    const fromIds = known(fromHeadings, ids(fromValue));
    const toIds = known(toHeadings, ids(toValue));
    if (fromIds.length > 0 && toIds.length > 0) candidates.push({ key, matchedBy: 'key', fromIds, toIds });
  }

  const usedFrom = new Set(candidates.flatMap((candidate) => candidate.fromIds));
  const usedTo = new Set(candidates.flatMap((candidate) => candidate.toIds));
  const group = (headings: readonly Heading[], used: ReadonlySet<string>) => {
    const groups = new Map<string, Heading[]>();
    for (const heading of headings) {
      if (used.has(heading.slug)) continue;
      const key = titleKey(heading.text);
      if (key) groups.set(key, [...(groups.get(key) ?? []), heading]);
    }
    return groups;
  };
  const fromGroups = group(fromHeadings, usedFrom);
  const toGroups = group(toHeadings, usedTo);
  const slugger = new GithubSlugger();
  for (const key of Object.keys(to.sections)) slugger.slug(key);
  for (const [title, toGroup] of toGroups) {
    const fromGroup = fromGroups.get(title);
    if (!fromGroup) continue;
    // Headings printed exactly alike pair first; what is left pairs only when one heading remains on each side.
    const exact = (heading: Heading) => heading.text.trim().toLowerCase();
    const pairs: [Heading, Heading][] = [];
    let fromLeft = [...fromGroup];
    let toLeft = [...toGroup];
    for (const toHeading of toGroup) {
      const sameFrom = fromLeft.filter((heading) => exact(heading) === exact(toHeading));
      const sameTo = toLeft.filter((heading) => exact(heading) === exact(toHeading));
      const [fromHeading] = sameFrom;
      if (sameFrom.length === 1 && sameTo.length === 1 && fromHeading) {
        pairs.push([fromHeading, toHeading]);
        fromLeft = fromLeft.filter((heading) => heading !== fromHeading);
        toLeft = toLeft.filter((heading) => heading !== toHeading);
      }
    }
    const [lastFrom] = fromLeft;
    const [lastTo] = toLeft;
    if (fromLeft.length === 1 && toLeft.length === 1 && lastFrom && lastTo) pairs.push([lastFrom, lastTo]);
    for (const [fromHeading, toHeading] of pairs) {
      candidates.push({ key: slugger.slug(stripNumbering(toHeading.text)), matchedBy: 'title', fromIds: [fromHeading.slug], toIds: [toHeading.slug] });
    }
  }

  const span = (headings: readonly Heading[], id: string) => {
    const heading = headings.find((item) => item.slug === id);
    if (!heading) return { start: 0, end: 0 };
    const next = headings.find((other) => other.line > heading.line && other.depth <= heading.depth);
    return { start: heading.line, end: next ? next.line : Number.POSITIVE_INFINITY };
  };
  const lineOf = (headings: readonly Heading[], id: string) => headings.find((heading) => heading.slug === id)?.line ?? 0;
  const contains = (headings: readonly Heading[], outer: readonly string[], inner: readonly string[]) =>
    outer.some((id) => {
      const { start, end } = span(headings, id);
      return inner.some((other) => other !== id && lineOf(headings, other) > start && lineOf(headings, other) < end);
    });
  const kept = candidates.filter(
    (candidate) =>
      candidate.matchedBy === 'key' ||
      !candidates.some((other) => other !== candidate && (contains(fromHeadings, candidate.fromIds, other.fromIds) || contains(toHeadings, candidate.toIds, other.toIds))),
  );

  const side = (source: SectionSource, headings: readonly Heading[], list: readonly string[]): SectionSide => ({
    ids: [...list],
    titles: list.map((id) => headings.find((heading) => heading.slug === id)?.text ?? id),
    text: sectionText(source.body, list, headings),
  });
  return kept
    .map((candidate): SectionPair => {
      const toSide = side(to, toHeadings, candidate.toIds);
      return { key: candidate.key, matchedBy: candidate.matchedBy, title: stripNumbering(toSide.titles[0] ?? candidate.key), from: side(from, fromHeadings, candidate.fromIds), to: toSide };
    })
    .filter((pair) => pair.from.text !== '' || pair.to.text !== '')
    .sort((a, b) => lineOf(toHeadings, a.to.ids[0] ?? '') - lineOf(toHeadings, b.to.ids[0] ?? ''));
}

const countWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

/**
 * A readable word-level difference (the `diff` package's diffWords: whitespace changes are
 * ignored), split into the later text's paragraphs.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const paragraphs: DiffPart[][] = [[]];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const change of diffWords(before, after)) {
    const kind: DiffPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    if (kind === 'added') wordsAdded += countWords(change.value);
    if (kind === 'removed') wordsRemoved += countWords(change.value);
    change.value.split(/\n\s*\n/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      const paragraph = paragraphs[paragraphs.length - 1] ?? [];
      const text = paragraph.length === 0 ? piece.replace(/^\s+/, '') : piece;
      if (text === '') return;
      const last = paragraph[paragraph.length - 1];
      if (last && last.kind === kind) last.text += text;
      else paragraph.push({ kind, text });
    });
  }
  const cleaned = paragraphs
    .map((paragraph) => {
      const lastPart = paragraph[paragraph.length - 1];
      if (lastPart) lastPart.text = lastPart.text.replace(/\s+$/, '');
      return paragraph.filter((part) => part.text !== '');
    })
    .filter((paragraph) => paragraph.length > 0);
  const identical = cleaned.every((paragraph) => paragraph.every((part) => part.kind === 'same'));
  return { paragraphs: cleaned, wordsAdded, wordsRemoved, identical };
}

/** Every matched section of two years with its word-level difference. */
export function compareSections(from: SectionSource, to: SectionSource): SectionComparison[] {
  return matchSections(from, to).map((pair) => ({ ...pair, diff: wordDiff(pair.from.text, pair.to.text) }));
}
