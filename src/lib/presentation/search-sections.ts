// Search results without Pagefind's page fragments. Pagefind keeps each page's whole text in one
// fragment file, 9–12 KB gzip for a report, and a results page fetched ten of them. The build
// (src/integrations/pagefind-index.ts) splits each fragment at its headings instead: a small
// outline per page and one text file per section. A result then costs its outline and the text
// of the one section its excerpt comes from, under 1 KB for most. Word positions are Pagefind's,
// so the words Pagefind matched are the words marked here.

/** A page as Pagefind's fragment file holds it (the parts read here). */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** A page's search outline: what a result shows before any text, and where its sections start. */
export interface SearchOutline {
  url: string;
  title: string;
  kind?: string;
  year?: string;
  /** Each section: the position of its first word in the page, its heading's id and text ('' for the lead before the first heading). */
  sections: [start: number, id: string, title: string][];
}

/** One section's words, joined by single spaces. */
export type SectionText = string;

/** Pagefind counts words between these separators (pagefind.js: `word_separators`); positions index that list. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

export function pageWords(content: string): string[] {
  return content.split(WORD_SEPARATORS);
}

/**
 * Splits a page at its headings, as Pagefind splits sub-results: any h1–h6 with an id and some
 * text starts a section. Empty sections (a heading right after another) are left out.
 */
export function splitIntoSections(fragment: PagefindFragment): { outline: SearchOutline; texts: SectionText[] } {
  const words = pageWords(fragment.content);
  const headings = fragment.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.id && /\S/.test(anchor.text))
    .sort((a, b) => a.location - b.location);
  const starts: [number, string, string][] = [[0, '', ''], ...headings.map((heading): [number, string, string] => [heading.location, heading.id, heading.text.trim()])];
  const sections: SearchOutline['sections'] = [];
  const texts: SectionText[] = [];
  starts.forEach(([start, id, title], index) => {
    const end = starts[index + 1]?.[0] ?? words.length;
    if (end <= start) return;
    sections.push([start, id, title]);
    // Pagefind leaves zero-width spaces in the words; they are not shown (nor break a position).
    texts.push(words.slice(start, end).map((word) => word.replace(/\u200B/g, '')).join(' '));
  });
  const { title = fragment.url, kind, year } = fragment.meta;
  return { outline: { url: fragment.url, title, ...(kind ? { kind } : {}), ...(year ? { year } : {}), sections }, texts };
}

/** The sections a result's matched word positions fall in, most matches first (then page order), each with its positions. */
export function matchedSections(outline: SearchOutline, positions: number[]): { index: number; positions: number[] }[] {
  const found = new Map<number, number[]>();
  for (const position of positions) {
    const index = sectionAt(outline, position);
    if (index >= 0) found.set(index, [...(found.get(index) ?? []), position]);
  }
  return [...found].map(([index, at]) => ({ index, positions: at })).sort((a, b) => b.positions.length - a.positions.length || a.index - b.index);
}

function sectionAt(outline: SearchOutline, position: number): number {
  let found = -1;
  outline.sections.forEach(([start], index) => {
    if (start <= position) found = index;
  });
  return found;
}

/** A piece of an excerpt: words as written, marked where the query matched them. */
export interface ExcerptPart {
  text: string;
  marked?: boolean;
}

/**
 * An excerpt of `length` words from a section around its densest run of matches, with the
 * matched words marked and "…" where the section goes on. Positions are the page's.
 */
export function sectionExcerpt(text: SectionText, sectionStart: number, positions: number[], length: number): ExcerptPart[] {
  const words = text.split(' ');
  const matched = new Set(positions.map((position) => position - sectionStart).filter((at) => at >= 0 && at < words.length));
  const from = excerptStart([...matched].sort((a, b) => a - b), words.length, length);
  const to = Math.min(words.length, from + length);
  const parts: ExcerptPart[] = [];
  const add = (word: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += word;
    else parts.push(marked ? { text: word, marked } : { text: word });
  };
  if (from > 0) add('… ', false);
  for (let at = from; at < to; at++) {
    if (words[at] === '') continue;
    if (at > from) add(' ', false);
    add(words[at]!, matched.has(at));
  }
  if (to < words.length) add(' …', false);
  return parts;
}

/** Start of the `length`-word window holding the most matches, the matches centred in it. */
export function excerptStart(matches: number[], wordCount: number, length: number): number {
  if (wordCount <= length || matches.length === 0) return 0;
  let best = { count: 0, first: 0, last: 0 };
  for (let i = 0; i < matches.length; i++) {
    let j = i;
    while (j + 1 < matches.length && matches[j + 1]! < matches[i]! + length) j++;
    if (j - i + 1 > best.count) best = { count: j - i + 1, first: matches[i]!, last: matches[j]! };
  }
  const centred = Math.floor((best.first + best.last + 1) / 2 - length / 2);
  return Math.max(0, Math.min(wordCount - length, centred));
}
