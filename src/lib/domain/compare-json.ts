import { metals } from '../../schemas/smelter-row.ts';
import type { FacilityPair, ListedFacility, MetalComparison } from './compare-facilities.ts';
import type { FigurePair, MarkerDefinition, ReportComparison } from './compare-reports.ts';
import { markerJson } from '../presentation/downloads.ts';
import type { MetalFigures } from './report-figures.ts';

const round = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000);
const facilityJson = (facility: ListedFacility) => ({ id: facility.id, name: facility.name, printed: facility.printed, marked: facility.marked });
const figuresJson = (figures: MetalFigures) => ({ facilities: figures.facilities, marked: figures.marked, markedShare: round(figures.markedShare) });
const pairJson = (pair: FigurePair) => ({ from: figuresJson(pair.from), to: figuresJson(pair.to), facilitiesChange: pair.facilitiesChange, markedChange: pair.markedChange, markedSharePointsChange: round(pair.shareChangePoints) });
const markerDefinitionJson = (definition: MarkerDefinition) => ({ year: definition.year, ...markerJson(definition) });
const pairJsonOf = (key: 'evidence' | 'reason') => (pair: FacilityPair) => ({ from: facilityJson(pair.from), to: facilityJson(pair.to), [key]: pair.reason });

/** How many facilities each list holds; `likelyRenamed` pairs are neither added nor removed. */
function counts(metal: MetalComparison) {
  return {
    added: metal.added.length,
    removed: metal.removed.length,
    likelyRenamed: metal.likelyRenamed.length,
    removedIncludingLikelyRenamed: metal.removed.length + metal.likelyRenamed.length,
    addedIncludingLikelyRenamed: metal.added.length + metal.likelyRenamed.length,
    listedSiteBySite: metal.split.length,
    inBoth: metal.inBoth,
  };
}

/** The comparison as the `/compare/<from>-<to>.json` download publishes it. */
export function comparisonJson(comparison: ReportComparison, links: { page: string; reports: [string, string] }) {
  const { figures } = comparison;
  return {
    from: { ...comparison.from, report: links.reports[0] },
    to: { ...comparison.to, report: links.reports[1] },
    page: links.page,
    notes: [
      'Facilities are matched across years by registry facility id, never by printed name; a facility printed on several rows of one year counts once (marked if any of its rows is marked).',
      'The marker means what each year’s filing says it means; see markerDefinitions before reading markerChanged.',
      'likelyRenamed pairs a facility listed only in the earlier year with one listed only in the later year that is likely the same facility under a new name (the registry’s judgement, with its evidence; the filings do not say so). They are counted apart from added and removed. keptApart lists look-alike names the registry judges not to be, or not shown to be, the same facility; they stay in added and removed.',
    ],
    markerDefinitions: { from: markerDefinitionJson(comparison.marker.from), to: markerDefinitionJson(comparison.marker.to), meaningDiffers: comparison.marker.differences.length > 0, differences: comparison.marker.differences },
    figures: {
      byMetal: Object.fromEntries(metals.map((metal) => [metal, pairJson(figures.byMetal[metal])])),
      total: pairJson(figures.total),
      tableRows: figures.rows,
      countriesOfOrigin: figures.countries,
      suppliersCount: figures.suppliersCount,
      supplierResponseRate: { ...figures.responseRate, changeUnit: 'percentage points' },
      conclusion: figures.conclusion,
      cfsi: figures.cfsi,
    },
    metals: Object.fromEntries(
      comparison.metals.map((metal) => [
        metal.metal,
        {
          counts: counts(metal),
          added: metal.added.map(facilityJson),
          removed: metal.removed.map(facilityJson),
          likelyRenamed: metal.likelyRenamed.map(pairJsonOf('evidence')),
          keptApart: metal.keptApart.map(pairJsonOf('reason')),
          listedSiteBySite: metal.split.map((entry) => ({ group: facilityJson(entry.group), sites: entry.sites.map((site) => ({ ...facilityJson(site), listedBefore: site.listedBefore })) })),
          renamed: metal.renamed,
          printedDifferently: metal.respelled,
          markerChanged: metal.markerChanged,
          inBoth: metal.inBoth,
          printedMoreThanOnce: metal.printedTwice.map((entry) => ({ year: entry.year, ...facilityJson(entry.facility), rows: entry.facility.rows })),
        },
      ]),
    ),
    countriesOfOrigin: comparison.countries,
    sections: comparison.sections.map((section) => ({
      key: section.key,
      matchedBy: section.matchedBy,
      title: section.title,
      from: { headingIds: section.from.ids, headings: section.from.titles },
      to: { headingIds: section.to.ids, headings: section.to.titles },
      wordsAdded: section.diff.wordsAdded,
      wordsRemoved: section.diff.wordsRemoved,
      identical: section.diff.identical,
      diff: section.diff.paragraphs,
    })),
  };
}
