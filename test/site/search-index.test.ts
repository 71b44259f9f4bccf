// The search's files as built (src/integrations/pagefind-index.ts): Pagefind's index in small
// chunks, and for every page it indexes an outline and its sections' text, from which results
// are shown (src/lib/presentation/search-sections.ts). Pagefind's own fragments are not published.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchOutline } from '../../src/lib/presentation/search-sections.ts';
import { dist, htmlFiles, page, textOf } from './built-site.ts';

const pagesDir = join(dist, 'search', 'pages');
const outlines = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ id: file.replace(/\.json$/, ''), outline: JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as SearchOutline }));
const indexedPages = htmlFiles()
  .filter((file) => /<main[^>]*data-pagefind-body/.test(readFileSync(join(dist, file), 'utf8')))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('search files', () => {
  it('has one outline for every page Pagefind indexes, and none for a page it does not', () => {
    expect(indexedPages.length).toBeGreaterThan(30);
    expect(outlines.map(({ outline }) => outline.url).sort()).toEqual([...indexedPages].sort());
  });

  it('has each section’s text, and nothing beyond the outline’s sections', () => {
    for (const { id, outline } of outlines) {
      const files = readdirSync(join(pagesDir, id)).sort((a, b) => parseInt(a) - parseInt(b));
      expect(files, outline.url).toEqual(outline.sections.map((_, index) => `${index}.txt`));
    }
  });

  it('starts each section at its heading: the text begins with the heading’s words, and the page has that id', () => {
    let headings = 0;
    for (const { id, outline } of outlines) {
      const html = page(outline.url);
      outline.sections.forEach(([, anchor, title], index) => {
        if (!anchor) return;
        const text = readFileSync(join(pagesDir, id, `${index}.txt`), 'utf8');
        expect(normalise(text).startsWith(normalise(title)), `${outline.url}#${anchor}: "${text.slice(0, 60)}"`).toBe(true);
        expect(html, `${outline.url}#${anchor}`).toContain(`id="${anchor}"`);
        headings++;
      });
    }
    expect(headings).toBeGreaterThan(100);
  });

  it('holds every paragraph of a report’s filing, and leaves out its table and the "#" heading links', () => {
    const report = outlines.find(({ outline }) => outline.url === '/reports/2014/');
    expect(report).toBeDefined();
    const text = normalise(report!.outline.sections.map((_, index) => readFileSync(join(pagesDir, report!.id, `${index}.txt`), 'utf8')).join(' '));
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
