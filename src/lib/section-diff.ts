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

/**
 * The plain text of the sections under the given heading ids, joined in the order given. The
 * first heading names the whole; the headings after it are kept as paragraphs, as subsections are.
 */
export function sectionText(body: string, ids: readonly string[], headings: readonly Heading[] = extractHeadings(body)): string {
  const lines = body.split('\n');
  return ids
    .map((id) => headings.find((heading) => heading.slug === id))
    .filter((heading): heading is Heading => heading !== undefined)
    .map((heading, index) => [index > 0 ? heading.text : '', markdownToText(sectionLines(lines, headings, heading).join('\n'))].filter(Boolean).join('\n\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Pairs the sections of two years' reports that treat the same matter: first every shared key of
 * the front matter `sections` maps; then, among headings not used by a key, headings whose text
 * is the same once numbering is removed ("2.3 Identify…" / "Step 2: Identify…"), when that pairing
 * is unambiguous. A match by title is dropped when its section contains another matched section
 * (e.g. "Conflict Minerals Report" around all its subsections) or lies inside a keyed one, so no
 * text is compared twice.
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
  // A match by title gives way to the matches inside it, and to a keyed section around it.
  const kept = candidates.filter(
    (candidate) =>
      candidate.matchedBy === 'key' ||
      !candidates.some(
        (other) =>
          other !== candidate &&
          (contains(fromHeadings, candidate.fromIds, other.fromIds) ||
            contains(toHeadings, candidate.toIds, other.toIds) ||
            (other.matchedBy === 'key' && (contains(fromHeadings, other.fromIds, candidate.fromIds) || contains(toHeadings, other.toIds, candidate.toIds)))),
      ),
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
 * Typographic and straight quotation marks are the same for comparing: transcriptions of different
 * years differ in them (“…” / "…") without the filing's wording differing. Shown as straight marks.
 */
export function foldQuotes(text: string): string {
  return text.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");
}

type Hunk = { kind: 'same'; text: string } | { kind: 'change'; removed: string; added: string };

/**
 * Makes a word diff readable: a short unchanged run between two changes ("have", "the") is folded
 * into them, so a rewritten passage reads as one removal and one addition rather than as shreds.
 * The rule is diff-match-patch's semantic cleanup: fold an unchanged run no longer than the
 * longest change on each side of it.
 */
function cleanUp(changes: readonly { added?: boolean; removed?: boolean; value: string }[]): Hunk[] {
  let hunks: Hunk[] = [];
  for (const change of changes) {
    const last = hunks[hunks.length - 1];
    if (!change.added && !change.removed) {
      hunks.push({ kind: 'same', text: change.value });
    } else {
      const hunk = last?.kind === 'change' ? last : { kind: 'change' as const, removed: '', added: '' };
      if (change.removed) hunk.removed += change.value;
      else hunk.added += change.value;
      if (hunk !== last) hunks.push(hunk);
    }
  }
  let folded = true;
  while (folded) {
    folded = false;
    for (let index = 1; index < hunks.length - 1; index++) {
      const [before, same, after] = [hunks[index - 1], hunks[index], hunks[index + 1]];
      if (before?.kind !== 'change' || same?.kind !== 'same' || after?.kind !== 'change') continue;
      const size = same.text.trim().length;
      if (size <= Math.max(before.removed.length, before.added.length) && size <= Math.max(after.removed.length, after.added.length)) {
        const merged: Hunk = { kind: 'change', removed: before.removed + same.text + after.removed, added: before.added + same.text + after.added };
        hunks = [...hunks.slice(0, index - 1), merged, ...hunks.slice(index + 2)];
        folded = true;
        break;
      }
    }
  }
  return hunks;
}

/**
 * A readable word-level difference (the `diff` package's diffWords: whitespace changes are
 * ignored; quotation marks folded), short unchanged runs between changes folded into them, split
 * into paragraphs. The word counts are those of the plain difference, before folding.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const changes = diffWords(foldQuotes(before), foldQuotes(after));
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const change of changes) {
    if (change.added) wordsAdded += countWords(change.value);
    if (change.removed) wordsRemoved += countWords(change.value);
  }
  const parts: DiffPart[] = cleanUp(changes).flatMap((hunk): DiffPart[] =>
    hunk.kind === 'same'
      ? [{ kind: 'same', text: hunk.text }]
      : [
          ...(hunk.removed ? [{ kind: 'removed' as const, text: hunk.removed }] : []),
          ...(hunk.added ? [{ kind: 'added' as const, text: hunk.added }] : []),
        ],
  );
  const paragraphs: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split(/\n\s*\n/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      const paragraph = paragraphs[paragraphs.length - 1] ?? [];
      const text = paragraph.length === 0 ? piece.replace(/^\s+/, '') : piece;
      if (text === '') return;
      const last = paragraph[paragraph.length - 1];
      if (last && last.kind === part.kind) last.text += text;
      else paragraph.push({ kind: part.kind, text });
    });
  }
  const cleaned = paragraphs
    .map((paragraph) => {
      const lastPart = paragraph[paragraph.length - 1];
      if (lastPart) lastPart.text = lastPart.text.replace(/\s+$/, '');
      return paragraph.filter((part) => part.text !== '');
    })
    .filter((paragraph) => paragraph.length > 0);
  const identical = parts.every((part) => part.kind === 'same');
  return { paragraphs: cleaned, wordsAdded, wordsRemoved, identical };
}

/** Every matched section of two years with its word-level difference. */
export function compareSections(from: SectionSource, to: SectionSource): SectionComparison[] {
  return matchSections(from, to).map((pair) => ({ ...pair, diff: wordDiff(pair.from.text, pair.to.text) }));
}
