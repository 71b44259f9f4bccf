import type { NotSameAs, RegistryEntry } from '../../schemas/registry.ts';
import type { Metal } from '../../schemas/smelter-row.ts';
import type { SmelterTable } from '../content/load-content.ts';

/** One year's appearance of a facility in a filing's table. */
export interface Appearance {
  year: number;
  /** The name as that year's filing prints it. */
  printedName: string;
  /** Whether that year's marker was on the row (meaning differs by year; see the report). */
  marker: boolean;
  /** Transcription note for the row, if any. */
  note?: string;
}

/** A smelter or refiner the site knows, across all years. */
export interface Facility {
  id: string;
  name: string;
  metal: Metal;
  aliases: string[];
  rmiId?: string;
  country?: string;
  note?: string;
  succeeds: string[];
  /** Ids of later facilities that declare they continue this one. */
  succeededBy: string[];
  /** An earlier facility this one is likely the same as (a rename the filings do not state), with the evidence. */
  likelySameAs?: string;
  evidence?: string;
  /** Later facilities that are likely this one under a new name (their `likelySameAs`). */
  likelyContinuedAs: string[];
  /** Look-alike earlier facilities judged not to be this one, with the reasons. */
  notSameAs: NotSameAs[];
  /** Look-alike later facilities judged not to be this one (their `notSameAs`, pointing back). */
  notSameAsLater: NotSameAs[];
  /** True when the facility is in the registry (false: a new name not registered yet). */
  registered: boolean;
  appearances: Appearance[];
}

/**
 * Joins the registry with every year's table: each facility with the years it appears in, how it
 * was printed and whether it carried the marker. Registered facilities that no table lists are
 * left out (nothing to show); unregistered names become facilities of their own.
 */
export function buildFacilities(tables: readonly SmelterTable[], registry: readonly RegistryEntry[]): Facility[] {
  const facilities = new Map<string, Facility>();
  for (const entry of registry) {
    facilities.set(entry.id, { ...entry, succeededBy: [], likelyContinuedAs: [], notSameAsLater: [], registered: true, appearances: [] });
  }
  for (const table of [...tables].sort((a, b) => a.year - b.year)) {
    for (const row of table.rows) {
      let facility = facilities.get(row.facilityId);
      if (!facility) {
        facility = { id: row.facilityId, name: row.facility, metal: row.metal, aliases: [], succeeds: [], succeededBy: [], likelyContinuedAs: [], notSameAs: [], notSameAsLater: [], registered: false, appearances: [] };
        facilities.set(row.facilityId, facility);
      }
      facility.appearances.push({ year: table.year, printedName: row.facility, marker: row.marker, ...(row.note ? { note: row.note } : {}) });
    }
  }
  for (const facility of facilities.values()) {
    for (const earlier of facility.succeeds) facilities.get(earlier)?.succeededBy.push(facility.id);
    if (facility.likelySameAs) facilities.get(facility.likelySameAs)?.likelyContinuedAs.push(facility.id);
    for (const judgement of facility.notSameAs) facilities.get(judgement.id)?.notSameAsLater.push({ id: facility.id, reason: judgement.reason });
  }
  return [...facilities.values()]
    .filter((facility) => facility.appearances.length > 0)
    .sort((a, b) => a.metal.localeCompare(b.metal) || a.name.localeCompare(b.name, 'en'));
}
