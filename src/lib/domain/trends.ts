import type { ReportData, StatedFigure } from '../../schemas/report.ts';
import { metals } from '../../schemas/smelter-row.ts';
import { facilityFigures } from './compare-facilities.ts';
import { compareMarkers, type ReportSnapshot } from './compare-reports.ts';
import { formatStated } from '../presentation/labels.ts';
import { formatShare, type TableFigures } from './report-figures.ts';
import type { ChartPanel } from '../presentation/svg-chart.ts';


/** One year's figures for the trends page. */
export interface TrendYear {
  year: number;
  /** Facilities per metal and marked share, each facility counted once. */
  figures: TableFigures;
  countries: number;
  suppliersCount: StatedFigure | null;
  responseRate: StatedFigure | null;
  marker: ReportData['marker'];
  /** True when the marker means something different from the year before (style or wording). */
  markerRedefined: boolean;
}

/** Every report year's figures, oldest first. */
export function computeTrends(snapshots: readonly ReportSnapshot[]): TrendYear[] {
  const sorted = [...snapshots].sort((a, b) => a.year - b.year);
  return sorted.map((snapshot, index) => {
    const previous = sorted[index - 1];
    const markerRedefined = previous ? compareMarkers({ year: previous.year, ...previous.data.marker }, { year: snapshot.year, ...snapshot.data.marker }).differences.length > 0 : false;
    return {
      year: snapshot.year,
      figures: facilityFigures(snapshot.rows),
      countries: snapshot.data.countriesOfOrigin.length,
      suppliersCount: snapshot.data.suppliers.count ?? null,
      responseRate: snapshot.data.suppliers.responseRate ?? null,
      marker: snapshot.data.marker,
      markerRedefined,
    };
  });
}

/** A table cell: the value, and optionally a detail printed under it ("37 of 87"). */
export type DataCell = string | { value: string; detail: string };

/** A data table shown beside a chart: the same numbers, as text. */
export interface DataTable {
  caption: string;
  /** Header of the first column (the row headers). */
  rowHeader: string;
  columns: string[];
  rows: { header: string; cells: DataCell[] }[];
}

export interface TrendChart {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows and how to read it (also the SVGs' description). */
  summary: string;
  panels: ChartPanel[];
  /** Fixed top of the scale (shares: 100). */
  max?: number;
  table: DataTable;
  /** Footnotes under the chart. */
  notes: string[];
}

/** The year as a chart labels it: "2014†" when that year's marker means something new. */
const yearLabel = (trend: TrendYear, mark: boolean) => `${trend.year}${mark && trend.markerRedefined ? '†' : ''}`;
const qualifierSymbol: Record<StatedFigure['qualifier'], string> = { exactly: '', approximately: '~', over: '>', under: '<' };

/** The four charts of the trends page, each with its data table. */
export function trendCharts(trends: readonly TrendYear[]): TrendChart[] {
  const redefinitionNote = trends.some((trend) => trend.markerRedefined)
    ? ['† The marker means something different from the year before (another style or another definition): a change of share across † is not a change of status. Each report page quotes its definition.']
    : [];
  return [
    {
      id: 'facilities',
      title: 'Smelters and refiners listed, per metal',
      summary: 'How many facilities each year’s smelter table lists for each metal (a facility printed on two rows counts once). All four panels use the same scale.',
      panels: metals.map((metal) => ({ title: metal, bars: trends.map((trend) => ({ label: String(trend.year), value: trend.figures.byMetal[metal].facilities, valueLabel: String(trend.figures.byMetal[metal].facilities) })) })),
      table: {
        caption: 'Facilities listed per metal, by year',
        rowHeader: 'Year',
        columns: [...metals, 'All metals'],
        rows: trends.map((trend) => ({ header: String(trend.year), cells: [...metals.map((metal) => String(trend.figures.byMetal[metal].facilities)), String(trend.figures.total.facilities)] })),
      },
      notes: [],
    },
    {
      id: 'marked-share',
      title: 'Share of facilities carrying the year’s marker',
      summary: 'The share of listed facilities that the year’s table marks, per metal and for all metals. The marker is defined by each year’s filing, so shares of different years measure different things when the definition changes. All panels run from 0% to 100%.',
      panels: [...metals, 'All metals' as const].map((metal) => ({
        title: metal,
        bars: trends.map((trend) => {
          const figures = metal === 'All metals' ? trend.figures.total : trend.figures.byMetal[metal];
          return { label: yearLabel(trend, true), value: figures.markedShare === null ? null : figures.markedShare * 100, valueLabel: formatShare(figures.markedShare), spoken: figures.markedShare === null ? 'no facility listed' : `${formatShare(figures.markedShare)} (${figures.marked} of ${figures.facilities})` };
        }),
      })),
      max: 100,
      table: {
        caption: 'Marked facilities and their share, per metal, by year',
        rowHeader: 'Year',
        columns: [...metals, 'All metals'],
        rows: trends.map((trend) => ({
          header: yearLabel(trend, true),
          cells: [...metals.map((metal) => trend.figures.byMetal[metal]), trend.figures.total].map((figures) => ({ value: formatShare(figures.markedShare), detail: figures.facilities === 0 ? 'none listed' : `${figures.marked} of ${figures.facilities}` })),
        })),
      },
      notes: [...redefinitionNote, ...(trends.some((trend) => metals.some((metal) => trend.figures.byMetal[metal].markedShare === null)) ? ['— : the year’s table lists no facility for that metal, so there is no share.'] : [])],
    },
    {
      id: 'countries',
      title: 'Countries of origin listed',
      summary: 'How many countries of origin each year’s filing lists for the minerals its smelters and refiners process.',
      panels: [{ title: 'Countries of origin', bars: trends.map((trend) => ({ label: String(trend.year), value: trend.countries, valueLabel: String(trend.countries) })) }],
      table: {
        caption: 'Countries of origin listed, by year',
        rowHeader: 'Year',
        columns: ['Countries listed'],
        rows: trends.map((trend) => ({ header: String(trend.year), cells: [String(trend.countries)] })),
      },
      notes: ['Counts are of the names each filing prints; see a year-to-year comparison for which countries were added or removed.'],
    },
    {
      id: 'response-rate',
      title: 'Supplier response rate',
      summary: 'The share of surveyed suppliers who responded, where the filing states it; years whose filing does not state it have no bar.',
      panels: [{ title: 'Supplier response rate', bars: trends.map((trend) => ({ label: String(trend.year), value: trend.responseRate?.value ?? null, valueLabel: trend.responseRate ? `${qualifierSymbol[trend.responseRate.qualifier]}${trend.responseRate.value}%` : 'not stated', spoken: formatStated(trend.responseRate, '%') })) }],
      max: 100,
      table: {
        caption: 'Supplier survey figures as the filings state them, by year',
        rowHeader: 'Year',
        columns: ['Response rate', 'Suppliers'],
        rows: trends.map((trend) => ({ header: String(trend.year), cells: [formatStated(trend.responseRate, '%'), formatStated(trend.suppliersCount)] })),
      },
      notes: ['In the chart, “~” stands for the filing’s “approximately”, “>” for “over” and “<” for “under”.'],
    },
  ];
}
