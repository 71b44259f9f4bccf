// Loads Pagefind's own script from the built site only when search is first used, and shapes
// its results for the header box and the search page.

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  kind?: string;
  year?: string;
  metal?: string;
  subResults: { url: string; title: string; excerpt: string }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let loading: Promise<Pagefind> | undefined;

/** The Pagefind API, fetched on first call only. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return loading;
}

/** A query's results: how many there are, and their data, loaded a page at a time. */
export interface SearchResults {
  total: number;
  /** The hits from index `from` up to (not including) `to`, best first. */
  load(from: number, to: number): Promise<SearchHit[]>;
}

/** Runs a query (with optional filters); hit data is only fetched for the hits asked for. */
export async function searchResults(query: string, filters: Record<string, string[]> = {}): Promise<SearchResults> {
  const pagefind = await loadPagefind();
  const results = (await pagefind.search(query, { filters }))?.results ?? [];
  return {
    total: results.length,
    load: async (from, to) => (await Promise.all(results.slice(from, to).map((result) => result.data()))).map(toHit),
  };
}

/** Runs a query (with optional filters) and returns up to `limit` hits with their data. */
export async function search(query: string, filters: Record<string, string[]> = {}, limit = 20): Promise<{ hits: SearchHit[]; total: number }> {
  const results = await searchResults(query, filters);
  return { total: results.total, hits: await results.load(0, limit) };
}

function toHit(item: PagefindResultData): SearchHit {
  return {
    url: item.url,
    title: item.meta.title ?? item.url,
    excerpt: item.excerpt,
    kind: item.meta.kind,
    year: item.meta.year,
    metal: item.meta.metal,
    subResults: (item.sub_results ?? []).filter((sub) => sub.url !== item.url).slice(0, 3),
  };
}

/** "Smelter · Tantalum · 2013" label for a hit: kind, metal where there is one, years. */
export function hitLabel(hit: SearchHit): string {
  return [hit.kind, hit.metal, hit.year].filter(Boolean).join(' · ');
}

