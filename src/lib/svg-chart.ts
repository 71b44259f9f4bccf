/**
 * Geometry for the small bar charts drawn as SVG at build time (no chart library, no script).
 * Each panel is one SVG: one bar per category (a year), labelled directly with its value and its
 * category, so no reading depends on colour. Panels of one chart share a scale.
 */

/** One bar: a category and its value (`null`: nothing to draw, e.g. a figure a year does not state). */
export interface BarDatum {
  label: string;
  value: number | null;
  /** The value as the chart prints it above the bar ("37%", "—"). */
  valueLabel: string;
  /** The value in words for the text alternative, when the printed label abbreviates ("~75%"). */
  spoken?: string;
}

export interface ChartPanel {
  title: string;
  bars: BarDatum[];
}

export interface BarLayout extends BarDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, where both labels are anchored. */
  centerX: number;
  valueY: number;
  labelY: number;
}

export interface PanelLayout {
  title: string;
  width: number;
  height: number;
  titleY: number;
  /** The zero line. */
  baselineY: number;
  plotLeft: number;
  plotRight: number;
  bars: BarLayout[];
}

export interface PanelOptions {
  /** Top of the scale; values above it are drawn at full height. */
  max: number;
  /** Height of the tallest bar. */
  plotHeight?: number;
  /** Width given to each category. */
  band?: number;
  /** Smallest width of the whole panel, so its title fits. */
  minWidth?: number;
}

const PADDING = 12;
const TITLE_HEIGHT = 28;
const VALUE_SPACE = 22;
const LABEL_SPACE = 26;

/** A round number at or above `value` (1, 2, 2.5, 5 × a power of ten), to top a scale. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** Positions of one panel's title, bars and labels, in SVG user units. */
export function layoutPanel(panel: ChartPanel, options: PanelOptions): PanelLayout {
  const plotHeight = options.plotHeight ?? 140;
  const band = options.band ?? 64;
  const barWidth = Math.round(band * 0.6);
  const width = Math.max(options.minWidth ?? 200, PADDING * 2 + band * Math.max(panel.bars.length, 1));
  const plotWidth = band * panel.bars.length;
  const plotLeft = Math.round((width - plotWidth) / 2);
  const top = TITLE_HEIGHT + VALUE_SPACE;
  const baselineY = top + plotHeight;
  const max = options.max > 0 ? options.max : 1;
  const bars = panel.bars.map((bar, index): BarLayout => {
    const share = bar.value === null ? 0 : Math.min(Math.max(bar.value / max, 0), 1);
    const height = Math.round(share * plotHeight * 10) / 10;
    const centerX = plotLeft + band * index + band / 2;
    const y = Math.round((baselineY - height) * 10) / 10;
    return { ...bar, x: centerX - barWidth / 2, y, width: barWidth, height, centerX, valueY: y - 6, labelY: baselineY + 18 };
  });
  return { title: panel.title, width, height: baselineY + LABEL_SPACE, titleY: 18, baselineY, plotLeft, plotRight: plotLeft + plotWidth, bars };
}

/** All panels of one chart on a shared scale (`max` defaults to a round number above the largest value). */
export function layoutChart(panels: readonly ChartPanel[], options: Partial<PanelOptions> = {}): PanelLayout[] {
  const largest = Math.max(0, ...panels.flatMap((panel) => panel.bars.map((bar) => bar.value ?? 0)));
  const max = options.max ?? niceMax(largest);
  const band = options.band ?? 64;
  const widest = Math.max(1, ...panels.map((panel) => panel.bars.length));
  // Panels of one chart are equally wide, so bars line up when they are shown side by side.
  const minWidth = Math.max(options.minWidth ?? 200, PADDING * 2 + band * widest);
  return panels.map((panel) => layoutPanel(panel, { ...options, max, band, minWidth }));
}

/** The text alternative of a panel: every bar's category and printed value. */
export function describePanel(panel: ChartPanel): string {
  return `${panel.title}: ${panel.bars.map((bar) => `${bar.label}, ${bar.spoken ?? bar.valueLabel}`).join('; ')}.`;
}
