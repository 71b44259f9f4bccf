/**
 * Geometry for the bar charts drawn as SVG at build time (no chart library, no script). Each panel
 * is one SVG of horizontal bars, one row per category (a year): the year is written at the start of
 * its row and the value at the end of its bar, so no reading depends on colour, and 25 years make a
 * taller panel, not a wider one — it still fits a phone. Panels of one chart share one scale and size.
 */

/** One bar: a category and its value (`null`: nothing to draw, e.g. a figure a year does not state). */
export interface BarDatum {
  label: string;
  value: number | null;
  /** The value as the chart prints it after the bar ("37%", "—"). */
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
  /** Vertical centre of the bar's row, where its labels sit. */
  centerY: number;
  /** Where the category label ends (it is anchored at its end, right-aligned before the bars). */
  labelX: number;
  /** Where the value label starts, just after the bar. */
  valueX: number;
}

export interface PanelLayout {
  title: string;
  width: number;
  height: number;
  titleY: number;
  /** The zero line, from which every bar grows. */
  baselineX: number;
  /** Where a full-scale bar ends. */
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  bars: BarLayout[];
}

export interface PanelOptions {
  /** Top of the scale; values above it are drawn at full length. */
  max: number;
  /** Width of the whole panel. */
  width?: number;
  /** Height given to each category's row. */
  band?: number;
  /** Room for the category labels, before the bars. */
  labelWidth?: number;
  /** Room for the value labels, after a full-length bar. */
  valueWidth?: number;
}

const PADDING = 8;
const TITLE_HEIGHT = 30;
const DEFAULTS = { width: 320, band: 30, labelWidth: 56, valueWidth: 84 };

/** A round number at or above `value` (1, 2, 2.5, 5 × a power of ten), to top a scale. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** Positions of one panel's title, bars and labels, in SVG user units. */
export function layoutPanel(panel: ChartPanel, options: PanelOptions): PanelLayout {
  const { width, band, labelWidth, valueWidth } = { ...DEFAULTS, ...options };
  const baselineX = PADDING + labelWidth;
  const plotRight = width - PADDING - valueWidth;
  const plotTop = TITLE_HEIGHT;
  const barHeight = Math.round(band * 0.64);
  const max = options.max > 0 ? options.max : 1;
  const bars = panel.bars.map((bar, index): BarLayout => {
    const share = bar.value === null ? 0 : Math.min(Math.max(bar.value / max, 0), 1);
    const length = Math.round(share * (plotRight - baselineX) * 10) / 10;
    const centerY = plotTop + band * index + band / 2;
    return { ...bar, x: baselineX, y: centerY - barHeight / 2, width: length, height: barHeight, centerY, labelX: baselineX - 6, valueX: baselineX + length + 6 };
  });
  const plotBottom = plotTop + band * panel.bars.length;
  return { title: panel.title, width, height: plotBottom + PADDING, titleY: 18, baselineX, plotRight, plotTop, plotBottom, bars };
}

/** All panels of one chart on a shared scale (`max` defaults to a round number above the largest value), equally sized. */
export function layoutChart(panels: readonly ChartPanel[], options: Partial<PanelOptions> = {}): PanelLayout[] {
  const largest = Math.max(0, ...panels.flatMap((panel) => panel.bars.map((bar) => bar.value ?? 0)));
  const max = options.max ?? niceMax(largest);
  const rows = Math.max(1, ...panels.map((panel) => panel.bars.length));
  // Panels of one chart are equally tall, so they line up side by side even when one lacks a year.
  return panels.map((panel) => {
    const layout = layoutPanel(panel, { ...options, max });
    const height = TITLE_HEIGHT + (options.band ?? DEFAULTS.band) * rows + PADDING;
    return { ...layout, height };
  });
}

/** The text alternative of a panel: every bar's category and printed value. */
export function describePanel(panel: ChartPanel): string {
  return `${panel.title}: ${panel.bars.map((bar) => `${bar.label}, ${bar.spoken ?? bar.valueLabel}`).join('; ')}.`;
}
