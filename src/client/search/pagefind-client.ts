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

/** Runs a query (with optional filters) and returns up to `limit` hits with their data. */
export async function search(query: string, filters: Record<string, string[]> = {}, limit = 20): Promise<{ hits: SearchHit[]; total: number }> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(query, { filters });
  if (!response) return { hits: [], total: 0 };
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return {
    total: response.results.length,
    hits: data.map((item) => ({
      url: item.url,
      title: item.meta.title ?? item.url,
      excerpt: item.excerpt,
      kind: item.meta.kind,
      year: item.meta.year,
      metal: item.meta.metal,
      subResults: (item.sub_results ?? []).filter((sub) => sub.url !== item.url).slice(0, 3),
    })),
  };
}

/** "Smelter · Tantalum · 2013" label for a hit: kind, metal where there is one, years. */
export function hitLabel(hit: SearchHit): string {
  return [hit.kind, hit.metal, hit.year].filter(Boolean).join(' · ');
}

