// Loads Pagefind's own script from the built site only when search is first used, and shapes
// its results for the header box and the search page: the facilities the query names first
// (facility-finder.ts), then Pagefind's pages.
import { pageQuery } from '../../lib/domain/facility-search.ts';
import { findFacilities } from './facility-finder.ts';
import { pageHit } from './page-hits.ts';
import type { SearchHit } from './search-hit.ts';
import { base } from './site-files.ts';

/** Pagefind's result: its page (the name of the build's files for it) and the positions of the matched words. Its `data()` is not used: see page-hits.ts. */
interface PagefindResult {
  id: string;
  words: number[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** The Pagefind API, fetched on first call only. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
    // In the page's own thread: the worker would cost another 12 KB for a few milliseconds of work.
    await module.options({ noWorker: true });
    return module;
  });
  return loading;
}

/** A query's results: how many there are, and their data, loaded a page at a time. */
export interface SearchResults {
  total: number;
  /** The hits from index `from` up to (not including) `to`, best first; pages' excerpts unless `withExcerpts` is false. */
  load(from: number, to: number, withExcerpts?: boolean): Promise<SearchHit[]>;
}

/** Runs a query (with optional filters); page data is only fetched for the hits asked for. */
export async function searchResults(query: string, filters: Record<string, string[]> = {}): Promise<SearchResults> {
  // Only facilities wanted (the Smelter kind, or a metal: only facilities have one): Pagefind has
  // none of them, so it is not asked (nor loaded).
  const facilitiesOnly = ((filters.kind?.length ?? 0) > 0 && filters.kind?.every((kind) => kind === 'Smelter')) || (filters.metal?.length ?? 0) > 0;
  // The facility names first (one small file): a facility's whole name narrows the pages' query.
  const pagefind = facilitiesOnly ? undefined : loadPagefind();
  const { hits: facilities, wholeName } = await findFacilities(query, filters, facilitiesOnly);
  const pages = pagefind ? ((await (await pagefind).search(pageQuery(query, wholeName), { filters }))?.results ?? []) : [];
  return {
    total: facilities.length + pages.length,
    load: async (from, to, withExcerpts = true) => {
      const pageHits = await Promise.all(pages.slice(Math.max(0, from - facilities.length), Math.max(0, to - facilities.length)).map((result) => pageHit(result, withExcerpts)));
      return [...facilities.slice(from, to), ...pageHits];
    },
  };
}

/** Runs a query (with optional filters) and returns up to `limit` hits, without the pages' excerpts (the header's list). */
export async function searchTitles(query: string, filters: Record<string, string[]> = {}, limit = 8): Promise<{ hits: SearchHit[]; total: number }> {
  const results = await searchResults(query, filters);
  return { total: results.total, hits: await results.load(0, limit, false) };
}
