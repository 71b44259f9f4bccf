// Meta descriptions computed from the data, for pages whose content has no summary of its own:
// one sentence that tells a search result or link preview what this particular page holds.
import type { ReportData } from '../../schemas/report.ts';
import type { Facility } from '../domain/facilities.ts';
import { conclusionLabel } from './labels.ts';

/** "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A facility page: its metal, the years its name appears in the filings, the names printed and the years it was marked. */
export function facilityDescription(facility: Pick<Facility, 'name' | 'metal' | 'country' | 'appearances'>): string {
  const years = [...new Set(facility.appearances.map((appearance) => String(appearance.year)))];
  const marked = [...new Set(facility.appearances.filter((appearance) => appearance.marker).map((appearance) => String(appearance.year)))];
  const names = new Set(facility.appearances.map((appearance) => appearance.printedName)).size;
  const where = facility.country ? ` in ${facility.country}` : '';
  const details = [names > 1 ? `printed under ${names} names` : '', marked.length > 0 ? `marked in ${listed(marked)}` : 'not marked in any filing'].filter(Boolean);
  return `${facility.name} is a ${facility.metal.toLowerCase()} smelter or refiner${where} listed in the ${listed(years)} ${years.length > 1 ? 'filings' : 'filing'} (${details.join('; ')}).`;
}

/** A report page: the registrant, the year, the conclusion and the size of its smelter table. */
export function reportDescription(data: Pick<ReportData, 'registrant' | 'year' | 'conclusion' | 'countriesOfOrigin'>, table: { rows: number; marked: number }): string {
  const countries = data.countriesOfOrigin.length > 0 ? `, and the ${data.countriesOfOrigin.length} countries of origin it lists` : '';
  return `${data.registrant}’s Form SD and Conflict Minerals Report for ${data.year} in full: conclusion “${conclusionLabel[data.conclusion.status]}”, its smelter and refiner table of ${table.rows} rows (${table.marked} marked)${countries}.`;
}
