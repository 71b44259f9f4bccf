// The search's files as built (src/integrations/pagefind-index.ts): Pagefind's index in small
// chunks, and for every page it indexes an outline and its words in blocks, from which results
// are shown (src/lib/presentation/search-sections.ts). Pagefind's own fragments are not published.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_WORDS, type SearchOutline } from '../../src/lib/presentation/search-sections.ts';
import { builtPageWords, dist, htmlFiles, page, textOf, wordKey } from './built-site.ts';

const pagesDir = join(dist, 'search', 'pages');
const outlines = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ id: file.replace(/\.json$/, ''), outline: JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as SearchOutline }));
const indexedPages = htmlFiles()
  .filter((file) => /<main[^>]*data-pagefind-body/.test(readFileSync(join(dist, file), 'utf8')))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A page's words, from its blocks, each at its Pagefind position. */
const wordsOf = (id: string) => readdirSync(join(pagesDir, id)).sort((a, b) => parseInt(a) - parseInt(b)).flatMap((file) => readFileSync(join(pagesDir, id, file), 'utf8').split(' '));

describe('search files', () => {
  it('has one outline for every page Pagefind indexes, and none for a page it does not', () => {
    expect(indexedPages.length).toBeGreaterThan(30);
    expect(outlines.map(({ outline }) => outline.url).sort()).toEqual([...indexedPages].sort());
  });

  it('has the page’s words in full blocks, as many as the outline counts', () => {
    for (const { id, outline } of outlines) {
      const files = readdirSync(join(pagesDir, id)).sort((a, b) => parseInt(a) - parseInt(b));
      expect(files, outline.url).toEqual(Array.from({ length: Math.ceil(outline.words / BLOCK_WORDS) }, (_, index) => `${index}.txt`));
      expect(wordsOf(id).length, outline.url).toBe(outline.words);
    }
  });

  it('holds whole words only: every word of every page’s blocks (all any excerpt can show) is a word of some built page', () => {
    // Pagefind indexed the same text, so its index holds no two cells or list items run together either.
    const known = builtPageWords();
    const unknown = new Set<string>();
    let checked = 0;
    for (const { id, outline } of outlines) {
      for (const word of wordsOf(id)) {
        const key = wordKey(word);
        checked++;
        if (key && !known.has(key)) unknown.add(`${key} (${outline.url})`);
      }
    }
    expect([...unknown]).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('starts each section at its heading: the words there are the heading’s, and the page has that id', () => {
    let headings = 0;
    for (const { id, outline } of outlines) {
      const html = page(outline.url);
      const words = wordsOf(id);
      for (const [start, anchor, title] of outline.sections) {
        if (!anchor) continue;
        const titleWords = normalise(title).split(' ');
        expect(words.slice(start, start + titleWords.length).join(' ').replace(/\.$/, ''), `${outline.url}#${anchor}`).toBe(titleWords.join(' ').replace(/\.$/, ''));
        expect(html, `${outline.url}#${anchor}`).toContain(`id="${anchor}"`);
        headings++;
      }
    }
    expect(headings).toBeGreaterThan(100);
  });

  it('holds every paragraph of a report’s filing, and leaves out its table and the "#" heading links', () => {
    const report = outlines.find(({ outline }) => outline.url === '/reports/2014/');
    expect(report).toBeDefined();
    const text = wordsOf(report!.id).join(' ');
    const filing = /<div class="document"[^>]*>([\s\S]*?)<div class="smelter-table"/.exec(page('/reports/2014/'))?.[1] ?? '';
    const paragraphs = [...filing.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((match) => normalise(textOf(match[1] ?? ''))).filter((paragraph) => paragraph.length > 80);
    expect(paragraphs.length).toBeGreaterThan(15);
    // Compared without spaces: textOf() puts one at every tag, inside a word's quotes too.
    const unspaced = (words: string) => words.replace(/\s+/g, '');
    for (const paragraph of paragraphs) expect(unspaced(text), paragraph.slice(0, 60)).toContain(unspaced(paragraph));
    expect(text).not.toContain('Aida Chemical Industries');
    expect(text).not.toContain('Link to this section');
  });

  it('publishes Pagefind’s index in small chunks, and not its fragments or ready-made interfaces', () => {
    const chunks = readdirSync(join(dist, 'pagefind', 'index')).map((file) => statSync(join(dist, 'pagefind', 'index', file)).size);
    expect(chunks.length).toBeGreaterThan(10);
    // Pagefind's default chunking made 30 KB chunks; the build asks for about 5 KB (a word's positions are never split).
    expect(Math.max(...chunks)).toBeLessThan(10 * 1024);
    expect(existsSync(join(dist, 'pagefind', 'fragment'))).toBe(false);
    expect(readdirSync(join(dist, 'pagefind')).filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });
});
