// A Pagefind result made into a hit from the build's small files (src/integrations/pagefind-index.ts):
// the page's outline, then the block or two of words around the matches in the section where
// the query matched most.
import { blocksFor, excerptParts, excerptWindow, matchedSections, sectionBounds, type SearchOutline } from '../../lib/presentation/search-sections.ts';
import type { SearchHit } from './pagefind-client.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const EXCERPT_WORDS = 24;
const SUB_RESULTS = 3;

const cache = new Map<string, Promise<unknown>>();
function load<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
  let loaded = cache.get(path) as Promise<T> | undefined;
  if (!loaded) {
    loaded = fetch(`${base}/search/pages/${path}`)
      .then((response) => {
        if (!response.ok) throw new Error(`Search could not load ${path} (HTTP ${response.status})`);
        return read(response);
      })
      .catch((error: unknown) => {
        cache.delete(path); // a failed fetch is tried again by the next search
        throw error;
      });
    cache.set(path, loaded);
  }
  return loaded;
}

/**
 * A Pagefind result as the search lists it: its page, an excerpt around the matches (unless
 * `withExcerpt` is false: the header's list shows titles only), and the other sections that match.
 */
export async function pageHit(result: { id: string; words: number[] }, withExcerpt = true): Promise<SearchHit> {
  const outline = await load(`${result.id}.json`, (response) => response.json() as Promise<SearchOutline>);
  const sections = matchedSections(outline, result.words);
  const best = sections[0]?.index ?? 0;
  const bounds = sectionBounds(outline, best);
  const window = excerptWindow(bounds, sections[0]?.positions ?? [], EXCERPT_WORDS);
  const blocks = withExcerpt ? await Promise.all(blocksFor(window).map((block) => load(`${result.id}/${block}.txt`, (response) => response.text()))) : undefined;
  const url = `${base}${outline.url}`;
  return {
    url,
    title: outline.title,
    excerpt: blocks === undefined ? [] : excerptParts(blocks, window, bounds, sections[0]?.positions ?? []),
    kind: outline.kind,
    year: outline.year,
    subResults: sections
      .map(({ index }) => outline.sections[index]!)
      .filter(([, id]) => id !== '')
      .slice(0, SUB_RESULTS)
      .map(([, id, title]) => ({ url: `${url}#${id}`, title })),
  };
}
