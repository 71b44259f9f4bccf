import GithubSlugger from 'github-slugger';
import { extractHeadings, type Heading } from '../content/markdown-source.ts';
import { sectionText } from './section-text.ts';

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
