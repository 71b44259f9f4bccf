import { getCollection } from 'astro:content';
import { companyName } from '../lib/presentation/labels.ts';
import { metals } from '../schemas/smelter-row.ts';
import { once } from './once.ts';
import { loadReports } from './reports.ts';

/** A filter of the search page: its name in the address, its label, its values in order. */
export interface SearchFacet {
  name: 'kind' | 'year' | 'metal' | 'issuer';
  label: string;
  values: string[];
}

/**
 * The search page's filters, from the content itself (the values SearchMeta gives each page), so
 * the page can show them from the start without asking Pagefind for its filter lists, which grow
 * with the archive.
 */
export const loadSearchFacets = once(async (): Promise<SearchFacet[]> => {
  const [reports, policies, news, facilities, topics] = await Promise.all([loadReports(), getCollection('policies'), getCollection('news'), getCollection('facilities'), getCollection('topics')]);
  const kinds = [
    ...(policies.length > 0 ? ['Policy'] : []),
    ...(reports.length > 0 ? ['Report'] : []),
    ...(reports.length > 1 ? ['Comparison'] : []),
    ...(facilities.length > 0 ? ['Smelter'] : []),
    ...(news.length > 0 ? ['News'] : []),
    ...(topics.length > 0 ? ['Topic'] : []),
  ];
  const years = new Set([
    ...reports.map((report) => report.year),
    ...news.map((item) => item.data.date.getUTCFullYear()),
    ...policies.flatMap((policy) => (policy.data.date ? [policy.data.date.getUTCFullYear()] : [])),
  ]);
  const issuers = new Set([...reports.map((report) => companyName(report.entry.data.registrant)), ...policies.map((policy) => companyName(policy.data.issuer))]);
  const present = new Set(facilities.map((facility) => facility.data.metal));
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [
    { name: 'kind', label: 'Kind', values: sorted(kinds) },
    { name: 'year', label: 'Year', values: sorted([...years].map(String)) },
    { name: 'metal', label: 'Metal', values: metals.filter((metal) => present.has(metal)) },
    { name: 'issuer', label: 'Issuer', values: sorted(issuers) },
  ].filter((facet): facet is SearchFacet => facet.values.length > 0);
});
