import { metals, type Metal } from '../../schemas/smelter-row.ts';

/** Counts for one metal (or all metals) of one year's table. */
export interface MetalFigures {
  /** Facilities listed: the items counted. Pages count each facility once (`facilityFigures`), never table rows. */
  facilities: number;
  /** Of those, how many carry that year's marker. */
  marked: number;
  /** marked / facilities, 0–1; `null` when no facility is listed. */
  markedShare: number | null;
}

export interface TableFigures {
  byMetal: Record<Metal, MetalFigures>;
  total: MetalFigures;
}

/** Per metal: items listed, how many carry the marker and their share — computed, never typed in. */
export function computeTableFigures(rows: readonly { metal: Metal; marker: boolean }[]): TableFigures {
  const count = (subset: readonly { marker: boolean }[]): MetalFigures => {
    const marked = subset.filter((row) => row.marker).length;
    return { facilities: subset.length, marked, markedShare: subset.length === 0 ? null : marked / subset.length };
  };
  const byMetal = Object.fromEntries(metals.map((metal) => [metal, count(rows.filter((row) => row.metal === metal))])) as Record<Metal, MetalFigures>;
  return { byMetal, total: count(rows) };
}

/** "37%" style share for display; "—" when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A facility a table prints on more than one row. */
export interface RepeatedFacility {
  facilityId: string;
  /** Each printing, in table order. */
  printed: string[];
  /** 1-based row numbers of those printings. */
  rows: number[];
}

/** Facilities a table prints on more than one row, so readers can reconcile rows with facilities. */
export function repeatedFacilities(rows: readonly { facilityId: string; facility: string }[]): RepeatedFacility[] {
  const byId = new Map<string, RepeatedFacility>();
  rows.forEach((row, index) => {
    const entry = byId.get(row.facilityId) ?? { facilityId: row.facilityId, printed: [], rows: [] };
    entry.printed.push(row.facility);
    entry.rows.push(index + 1);
    byId.set(row.facilityId, entry);
  });
  return [...byId.values()].filter((entry) => entry.rows.length > 1);
}
