// A Pagefind result made into a hit from the build's small files (src/integrations/pagefind-index.ts):
// the page's outline, then the block or two of words around the matches in the section where
// the query matched most.
import { blocksFor, excerptParts, excerptWindow, matchedSections, sectionBounds, type SearchOutline } from '../../lib/presentation/search-sections.ts';
import type { SearchHit } from './search-hit.ts';
import { base, fetchOnce } from './site-files.ts';

const EXCERPT_WORDS = 24;
const SUB_RESULTS = 3;

function ok(response: Response): Response {
  if (!response.ok) throw new Error(`Search could not load ${response.url} (HTTP ${response.status})`);
  return response;
}

/**
 * A Pagefind result as the search lists it: its page, an excerpt around the matches (unless
 * `withExcerpt` is false: the header's list shows titles only), and the other sections that match.
 */
export async function pageHit(result: { id: string; words: number[] }, withExcerpt = true): Promise<SearchHit> {
  const outline = await fetchOnce(`/search/pages/${result.id}.json`, (response) => ok(response).json() as Promise<SearchOutline>);
  const sections = matchedSections(outline, result.words);
  const { index: best = 0, positions = [] } = sections[0] ?? {};
  const bounds = sectionBounds(outline, best);
  const window = excerptWindow(bounds, positions, EXCERPT_WORDS);
  const blocks = withExcerpt ? await Promise.all(blocksFor(window).map((block) => fetchOnce(`/search/pages/${result.id}/${block}.txt`, (response) => ok(response).text()))) : undefined;
  const url = `${base}${outline.url}`;
  return {
    url,
    title: outline.title,
    excerpt: blocks === undefined ? [] : excerptParts(blocks, window, bounds, positions),
    kind: outline.kind,
    year: outline.year,
    subResults: sections
      .map(({ index }) => outline.sections[index]!)
      .filter(([, id]) => id !== '')
      .slice(0, SUB_RESULTS)
      .map(([, id, title]) => ({ url: `${url}#${id}`, title })),
  };
}
