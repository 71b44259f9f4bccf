// A search result as the header box and the search page show it, whether it came from Pagefind
// (page-hits.ts) or from the facility names (facility-finder.ts). Imports nothing of search, so
// every search module can depend on it and the imports run one way (test/import-cycles.test.ts).
import type { ExcerptPart } from '../../lib/presentation/search-sections.ts';

export interface SearchHit {
  url: string;
  title: string;
  /** Plain text, the matched words marked: shown as text nodes and <mark>, never as HTML. */
  excerpt: ExcerptPart[];
  kind?: string;
  year?: string;
  metal?: string;
  subResults: { url: string; title: string }[];
}

/** "Smelter · Tantalum · 2013" label for a hit: kind, metal where there is one, years. */
export function hitLabel(hit: SearchHit): string {
  return [hit.kind, hit.metal, hit.year].filter(Boolean).join(' · ');
}
