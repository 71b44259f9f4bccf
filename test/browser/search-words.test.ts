// What readers see of search results reads in whole words: every word of every excerpt, for
// every result of everyday queries, is a word some built page has. Two table cells, a term and
// its definition, or a caption and the next line run together ("markedgold") are on no page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPageWords, wordKey } from '../site/built-site.ts';
import { useSiteInBrowser } from './browser.ts';

const env = useSiteInBrowser();

/** The nine of issue 18, then words of tables, definition lists, captions and figures. */
const QUERIES = [
  'gold', 'refinery', 'smelters', 'due diligence', 'conflict free', 'suppliers', 'Metalor', 'bribery', 'tantalum',
  'marked', 'facilities', 'changes', 'countries', 'download', 'response rate', 'matched', 'column', '2014',
];

/** Every result's excerpt for a query typed on /search/, all of them ("Show more" until none is left). */
async function excerpts(page: Page, query: string): Promise<string[]> {
  // Typing searches (once, after a pause): pressing Enter too would start a second search that resets the list.
  await page.fill('#search-query', query);
  await page.waitForFunction((typed) => document.querySelector('[data-search-status]')?.textContent?.endsWith(`for “${typed}”.`) && !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'), query);
  while (await page.isVisible('[data-search-more] button')) {
    const before = await page.locator('[data-search-results] > li').count();
    await page.click('[data-search-more] button');
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, before);
  }
  return page.$$eval('[data-search-results] > li > p', (paragraphs) => paragraphs.map((paragraph) => paragraph.textContent ?? ''));
}

describe('search excerpts', () => {
  it('show only words that built pages have: cells, list items and captions apart', async () => {
    const known = builtPageWords();
    const unknown = new Map<string, string>();
    let shown = 0;
    const page = await env.tab();
    await page.goto(`${env.origin}/search/`);
    for (const query of QUERIES) {
      const texts = await excerpts(page, query);
      expect(texts.length, query).toBeGreaterThan(0);
      for (const word of texts.flatMap((text) => text.split(/\s+/))) {
        const key = wordKey(word);
        if (!key) continue;
        shown++;
        if (!known.has(key) && !unknown.has(key)) unknown.set(key, query);
      }
    }
    expect([...unknown].map(([word, query]) => `${word} (“${query}”)`)).toEqual([]);
    expect(shown).toBeGreaterThan(3000);
  });
});
