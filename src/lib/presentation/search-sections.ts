// Search results without Pagefind's page fragments. Pagefind keeps each page's whole text in one
// fragment file, 9 to 12 KB gzip for a report, and a results page fetched ten of them. The build
// (src/integrations/pagefind-index.ts) writes instead a small outline per page (title, kind,
// year, where its sections start) and its words in blocks of 64. A result then costs its outline
// and the one or two blocks its excerpt comes from, about 1 KB. Word positions are Pagefind's,
// so the words Pagefind matched are the words marked here.
import type { PagefindFragment } from '../../schemas/pagefind-fragment.ts';

export type { PagefindFragment };

/** A page's search outline: what a result shows before any text, and where its sections start. */
export interface SearchOutline {
  url: string;
  title: string;
  kind?: string;
  year?: string;
  /** How many words the page has (Pagefind's count). */
  words: number;
  /** Each section: the position of its first word in the page, its heading's id and text ('' for the lead before the first heading). */
  sections: [start: number, id: string, title: string][];
}

/**
 * The page's words are published in blocks of this many (block k holds words k × 64 to k × 64 + 63,
 * joined by single spaces): an excerpt of 24 words needs one block, or two, of about 300 bytes.
 */
export const BLOCK_WORDS = 64;

/** Pagefind counts words between these separators (pagefind.js: `word_separators`); positions index that list. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

export function pageWords(content: string): string[] {
  // Pagefind leaves zero-width spaces in words; they are not shown (and do not move a position).
  return content.split(WORD_SEPARATORS).map((word) => word.replace(/\u200B/g, ''));
}

/**
 * A page's outline and its words in blocks. Sections start at headings, as Pagefind's
 * sub-results do: any h1–h6 with an id and some text. Empty sections (a heading right after
 * another) are left out.
 */
export function outlinePage(fragment: PagefindFragment): { outline: SearchOutline; blocks: string[] } {
  const words = pageWords(fragment.content);
  const headings = fragment.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.id && /\S/.test(anchor.text))
    .sort((a, b) => a.location - b.location);
  const starts: [number, string, string][] = [[0, '', ''], ...headings.map((heading): [number, string, string] => [heading.location, heading.id, heading.text.trim()])];
  const sections = starts.filter(([start], index) => start < (starts[index + 1]?.[0] ?? words.length));
  const blocks: string[] = [];
  for (let from = 0; from < words.length; from += BLOCK_WORDS) blocks.push(words.slice(from, from + BLOCK_WORDS).join(' '));
  const { title = fragment.url, kind, year } = fragment.meta;
  return { outline: { url: fragment.url, title, ...(kind ? { kind } : {}), ...(year ? { year } : {}), words: words.length, sections }, blocks };
}

/** The sections a result's matched word positions fall in, most matches first (then page order), each with its positions. */
export function matchedSections(outline: SearchOutline, positions: number[]): { index: number; positions: number[] }[] {
  const found = new Map<number, number[]>();
  for (const position of positions) {
    const index = outline.sections.findLastIndex(([start]) => start <= position);
    if (index >= 0 && position < outline.words) found.set(index, [...(found.get(index) ?? []), position]);
  }
  return [...found].map(([index, at]) => ({ index, positions: at })).sort((a, b) => b.positions.length - a.positions.length || a.index - b.index);
}

/** Where a section's words are in the page: [first, after last). */
export function sectionBounds(outline: SearchOutline, index: number): [number, number] {
  return [outline.sections[index]?.[0] ?? 0, outline.sections[index + 1]?.[0] ?? outline.words];
}

/** The `length` words of a section an excerpt shows, around its densest run of matches: [first, after last), page positions. */
export function excerptWindow([start, end]: [number, number], positions: number[], length: number): [number, number] {
  const matches = positions.filter((position) => position >= start && position < end).map((position) => position - start).sort((a, b) => a - b);
  const from = start + excerptStart(matches, end - start, length);
  return [from, Math.min(end, from + length)];
}

/** The blocks holding the words [from, to). */
export function blocksFor([from, to]: [number, number]): number[] {
  const blocks: number[] = [];
  for (let block = Math.floor(from / BLOCK_WORDS); block * BLOCK_WORDS < to; block++) blocks.push(block);
  return blocks;
}

/** A piece of an excerpt: words as written, marked where the query matched them. */
export interface ExcerptPart {
  text: string;
  marked?: boolean;
}

/**
 * The excerpt of the words [from, to) of a section, the matched words marked and "…" where the
 * section goes on. `blocks` are the page's blocks from the one holding `from` (blocksFor).
 */
export function excerptParts(blocks: string[], [from, to]: [number, number], [start, end]: [number, number], positions: number[]): ExcerptPart[] {
  const offset = Math.floor(from / BLOCK_WORDS) * BLOCK_WORDS;
  const words = blocks.flatMap((block) => block.split(' '));
  const matched = new Set(positions);
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push(marked ? { text, marked } : { text });
  };
  if (from > start) add('… ', false);
  let first = true;
  for (let at = from; at < to; at++) {
    const word = words[at - offset];
    if (!word) continue;
    if (!first) add(' ', false);
    add(word, matched.has(at));
    first = false;
  }
  if (to < end) add(' …', false);
  return parts;
}

/** Start of the `length`-word window holding the most matches, the matches centred in it (positions relative to the section). */
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
