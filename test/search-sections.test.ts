// Search results come from small files the build writes (src/lib/presentation/search-sections.ts),
// with Pagefind's word positions: the outline and blocks must keep those positions, and excerpts
// must mark exactly the matched words.
import { describe, expect, it } from 'vitest';
import { BLOCK_WORDS, blocksFor, excerptParts, excerptStart, excerptWindow, matchedSections, outlinePage, pageWords, sectionBounds, type PagefindFragment } from '../src/lib/presentation/search-sections.ts';

const fragment = (content: string, anchors: PagefindFragment['anchors'], meta: PagefindFragment['meta'] = { title: 'Report 2014', kind: 'Report', year: '2014' }): PagefindFragment => ({ url: '/reports/2014/', content, word_count: pageWords(content).length, meta, anchors });
const heading = (id: string, text: string, location: number, element = 'h2') => ({ element, id, text, location });
// Words 0–2 lead, 3–6 "Due diligence", 7–9 "Smelters".
const report = fragment('Report 2014 lead. Due diligence measures gold. Smelters listed gold.', [heading('due-diligence', 'Due diligence', 3), heading('smelters', 'Smelters', 7), { element: 'p', id: 'note-1', text: 'a note', location: 8 }]);
const numbered = (count: number) => Array.from({ length: count }, (_, at) => `w${at}`).join(' ');

describe('outlinePage', () => {
  it('finds the sections at headings with an id, at Pagefind’s word positions', () => {
    expect(outlinePage(report).outline).toEqual({ url: '/reports/2014/', title: 'Report 2014', kind: 'Report', year: '2014', words: 10, sections: [[0, '', ''], [3, 'due-diligence', 'Due diligence'], [7, 'smelters', 'Smelters']] });
  });

  it.each([
    ['a heading at the very start (no lead)', fragment('Title words here', [heading('title', 'Title', 0, 'h1')]), [[0, 'title', 'Title']]],
    ['two headings in a row (the first is empty)', fragment('Lead A B', [heading('a', 'A', 1), heading('b', 'B', 1)]), [[0, '', ''], [1, 'b', 'B']]],
    ['headings without text or id, and other anchors', fragment('Lead x y', [heading('', 'No id', 1), heading('blank', '  ', 1), { element: 'div', id: 'box', text: 'Box', location: 2 }]), [[0, '', '']]],
    ['anchors out of order', fragment('a b c d', [heading('late', 'Late', 3), heading('early', 'Early', 1)]), [[0, '', ''], [1, 'early', 'Early'], [3, 'late', 'Late']]],
  ])('%s', (_case, page, sections) => {
    expect(outlinePage(page).outline.sections).toEqual(sections);
  });

  it('cuts the words into blocks that put every word back at its position', () => {
    const page = fragment(numbered(BLOCK_WORDS * 2 + 5), []);
    const { blocks } = outlinePage(page);
    expect(blocks).toHaveLength(3);
    expect(blocks.map((block) => block.split(' ').length)).toEqual([BLOCK_WORDS, BLOCK_WORDS, 5]);
    expect(blocks.join(' ').split(' ')).toEqual(pageWords(page.content));
  });

  it('counts words as Pagefind does: any whitespace but U+FEFF separates them, and zero-width spaces are not shown', () => {
    expect(pageWords('a\u00a0b\n\tc  d\ufeffe zero\u200Bwidth')).toEqual(['a', 'b', 'c', 'd\ufeffe', 'zerowidth']);
  });

  it('leaves out kind and year the page does not have, and titles a page without one by its address', () => {
    expect(outlinePage(fragment('Words', [], {})).outline).toEqual({ url: '/reports/2014/', title: '/reports/2014/', words: 1, sections: [[0, '', '']] });
  });
});

describe('matchedSections', () => {
  const { outline } = outlinePage(report);
  it.each([
    ['one match', [5], [{ index: 1, positions: [5] }]],
    ['most matches first', [6, 8, 9], [{ index: 2, positions: [8, 9] }, { index: 1, positions: [6] }]],
    ['a tie goes to the earlier section', [9, 0], [{ index: 0, positions: [0] }, { index: 2, positions: [9] }]],
    ['no match, or one past the page', [10], []],
  ])('%s', (_case, positions, expected) => {
    expect(matchedSections(outline, positions)).toEqual(expected);
  });

  it('gives each section its bounds, the last ending with the page', () => {
    expect([0, 1, 2].map((index) => sectionBounds(outline, index))).toEqual([[0, 3], [3, 7], [7, 10]]);
  });
});

describe('excerptStart and excerptWindow', () => {
  it.each([
    ['a short section starts at 0', [3], 10, 24, 0],
    ['no match starts at 0', [], 100, 24, 0],
    ['centres a lone match', [50], 100, 10, 45],
    ['keeps the window inside the section', [98], 100, 10, 90],
    ['picks the densest run', [5, 60, 62, 64], 100, 10, 57],
  ])('%s', (_case, matches, words, length, start) => {
    expect(excerptStart(matches, words, length)).toBe(start);
  });

  it('keeps the window inside its section, ignoring matches in other sections', () => {
    expect(excerptWindow([100, 200], [20, 150, 400], 10)).toEqual([145, 155]);
    expect(excerptWindow([100, 105], [102], 10)).toEqual([100, 105]);
  });
});

describe('blocksFor', () => {
  it.each([
    ['inside one block', [10, 34], [0]],
    ['across a block boundary', [BLOCK_WORDS - 4, BLOCK_WORDS + 20], [0, 1]],
    ['ending exactly at a boundary', [BLOCK_WORDS, BLOCK_WORDS * 2], [1]],
  ] as const)('%s', (_case, window, blocks) => {
    expect(blocksFor([...window])).toEqual(blocks);
  });
});

describe('excerptParts', () => {
  const { blocks } = outlinePage(fragment(numbered(BLOCK_WORDS * 3), []));

  it('marks exactly the matched words and elides what the window leaves of its section', () => {
    const window: [number, number] = [BLOCK_WORDS - 2, BLOCK_WORDS + 2];
    const parts = excerptParts(blocksFor(window).map((block) => blocks[block]!), window, [0, BLOCK_WORDS * 3], [BLOCK_WORDS - 1, BLOCK_WORDS + 1, 5]);
    expect(parts).toEqual([{ text: '… w62 ' }, { text: 'w63', marked: true }, { text: ' w64 ' }, { text: 'w65', marked: true }, { text: ' …' }]);
  });

  it('shows a whole section without ellipses', () => {
    expect(excerptParts([blocks[0]!], [3, 6], [3, 6], [4])).toEqual([{ text: 'w3 ' }, { text: 'w4', marked: true }, { text: ' w5' }]);
  });

  it('keeps text as text: markup in the page’s words is not turned into elements', () => {
    const { blocks: words } = outlinePage(fragment('<b>bold</b> & more', []));
    expect(excerptParts(words, [0, 3], [0, 3], [0])).toEqual([{ text: '<b>bold</b>', marked: true }, { text: ' & more' }]);
  });
});
