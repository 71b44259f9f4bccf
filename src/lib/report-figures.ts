import { metals, type Metal } from '../schemas/smelter-row.ts';

/** Counts for one metal (or all metals) of one year's table. */
export interface MetalFigures {
  /** Rows of the table (one per facility as printed; a facility printed twice counts twice). */
  facilities: number;
  /** Rows carrying that year's marker. */
  marked: number;
  /** marked / facilities, 0–1; `null` when no facility is listed. */
  markedShare: number | null;
}

export interface TableFigures {
  byMetal: Record<Metal, MetalFigures>;
  total: MetalFigures;
}

/** Facilities per metal, how many carry the marker and their share — computed, never typed in. */
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

/** Facilities a table prints on more than one row, so readers can reconcile rows with facilities. */
export function repeatedFacilities(rows: readonly { facilityId: string; facility: string }[]): { facilityId: string; printed: string[] }[] {
  const byId = new Map<string, string[]>();
  for (const row of rows) byId.set(row.facilityId, [...(byId.get(row.facilityId) ?? []), row.facility]);
  return [...byId].filter(([, printed]) => printed.length > 1).map(([facilityId, printed]) => ({ facilityId, printed }));
}
