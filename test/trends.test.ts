import { describe, expect, it } from 'vitest';
import { describePanel, layoutChart, layoutPanel, niceMax } from '../src/lib/presentation/svg-chart.ts';
import { computeTrends, trendCharts } from '../src/lib/domain/trends.ts';
import { row, snapshot } from './fixtures/compare/reports.ts';

const italics = { style: 'italics' as const, asOf: new Date(Date.UTC(2014, 4, 21)), quote: 'Italicised facilities are conflict free as of May 21, 2014.' };
// Given out of order: the trends sort by year. 2014 lists no Tungsten facility; 2013's PT Timah is printed twice.
const trends = computeTrends([
  snapshot(2014, [row('Gold', 'A', true, 'gold-a'), row('Gold', 'B', false, 'gold-b'), row('Tin', 'PT Timah', true, 'tin-pt-timah')], { countriesOfOrigin: ['Peru', 'Chile', 'Bolivia'] }),
  snapshot(2013, [row('Gold', 'A', false, 'gold-a'), row('Tin', 'PT Timah', false, 'tin-pt-timah'), row('Tin', 'PT Timah Tbk', true, 'tin-pt-timah'), row('Tungsten', 'W', false, 'tungsten-w')], {
    marker: italics,
    countriesOfOrigin: ['Peru'],
    suppliers: { responseRate: { value: 75, qualifier: 'approximately', quote: 'about 75%' } },
  }),
]);
const charts = trendCharts(trends);
const chart = (id: string) => charts.find((item) => item.id === id);

describe('computeTrends', () => {
  it('gives every year, oldest first, counting a facility printed twice once', () => {
    expect(trends.map((trend) => [trend.year, trend.figures.total.facilities, trend.figures.total.marked, trend.countries])).toEqual([[2013, 3, 1, 1], [2014, 3, 2, 3]]);
  });

  it('flags a year whose marker means something else than the year before', () => {
    expect(trends.map((trend) => trend.markerRedefined)).toEqual([false, true]);
  });
});

describe('trendCharts', () => {
  it.each([
    ['facilities', 'Tungsten', [['2013', 1, '1'], ['2014', 0, '0']]],
    ['marked-share', 'Tungsten', [['2013', 0, '0%'], ['2014†', null, '—']]],
    ['marked-share', 'Tin', [['2013', 100, '100%'], ['2014†', 100, '100%']]],
    ['countries', 'Countries of origin', [['2013', 1, '1'], ['2014', 3, '3']]],
    ['response-rate', 'Supplier response rate', [['2013', 75, '~75%'], ['2014', null, 'not stated']]],
  ] as const)('%s, %s panel', (id, panelTitle, bars) => {
    const panel = chart(id)?.panels.find((item) => item.title === panelTitle);
    expect(panel?.bars.map((bar) => [bar.label, bar.value, bar.valueLabel])).toEqual(bars);
  });

  it('puts the same numbers in the data table', () => {
    expect(chart('marked-share')?.table.rows[1]?.cells[3]).toEqual({ value: '—', detail: 'none listed' });
    expect(chart('response-rate')?.table.rows.map((tableRow) => tableRow.cells[0])).toEqual(['approximately 75%', 'Not stated in the filing']);
    expect(chart('facilities')?.table.columns).toEqual(['Gold', 'Tantalum', 'Tin', 'Tungsten', 'All metals']);
  });

  it('explains † and — under the share chart only when they occur', () => {
    expect(chart('marked-share')?.notes.join(' ')).toMatch(/† The marker means something different/);
    expect(chart('marked-share')?.notes.join(' ')).toMatch(/— : the year’s table lists no facility/);
    const calm = trendCharts(computeTrends([snapshot(2020, [row('Gold', 'A', true, 'gold-a')])])).find((item) => item.id === 'marked-share');
    expect(calm?.notes.join(' ')).not.toMatch(/†/);
  });
});

describe('svg-chart geometry', () => {
  it.each([
    [0, 1],
    [7, 10],
    [87, 100],
    [108, 200],
    [180, 200],
    [247, 250],
    [100, 100],
  ])('niceMax(%s) = %s', (value, max) => {
    expect(niceMax(value)).toBe(max);
  });

  const panel = layoutPanel({ title: 'Gold', bars: [{ label: '2013', value: 50, valueLabel: '50' }, { label: '2014', value: 100, valueLabel: '100' }, { label: '2015', value: null, valueLabel: 'not stated' }] }, { max: 100, width: 300, labelWidth: 40, valueWidth: 60, band: 20 });

  it('draws bar lengths in proportion to the scale, from a shared zero line', () => {
    const full = panel.plotRight - panel.baselineX;
    expect(panel.bars.map((bar) => bar.width)).toEqual([full / 2, full, 0]);
    expect(panel.bars.map((bar) => bar.x)).toEqual([panel.baselineX, panel.baselineX, panel.baselineX]);
  });

  it('gives each category its own row, year before the bar and value after it', () => {
    expect(panel.bars.map((bar) => bar.centerY)).toEqual([panel.plotTop + 10, panel.plotTop + 30, panel.plotTop + 50]);
    for (const bar of panel.bars) {
      expect(bar.labelX).toBeLessThan(bar.x);
      expect(bar.valueX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.y + bar.height / 2).toBe(bar.centerY);
    }
    expect(panel.height).toBeGreaterThan(panel.plotBottom);
  });

  it('gives every panel of a chart the same scale and size', () => {
    const panels = layoutChart([
      { title: 'A', bars: [{ label: 'x', value: 200, valueLabel: '200' }] },
      { title: 'B', bars: [{ label: 'x', value: 50, valueLabel: '50' }, { label: 'y', value: 50, valueLabel: '50' }] },
    ]);
    const [a, b] = panels;
    expect(b?.bars[0]?.width).toBe((a?.bars[0]?.width ?? 0) / 4);
    expect(new Set(panels.map((item) => `${item.width}×${item.height}`)).size).toBe(1);
  });

  it('keeps 25 years readable: one row each, inside the panel, none overlapping, the panel no wider', () => {
    const years = Array.from({ length: 25 }, (_, index) => ({ label: String(2013 + index), value: 90 + index * 7, valueLabel: String(90 + index * 7) }));
    const [two] = layoutChart([{ title: 'Gold', bars: years.slice(0, 2) }]);
    const [many] = layoutChart([{ title: 'Gold', bars: years }]);
    expect(many?.bars).toHaveLength(25);
    expect(many?.width).toBe(two?.width);
    const rows = many?.bars ?? [];
    for (const [index, bar] of rows.entries()) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(many?.plotRight ?? 0);
      expect(bar.y + bar.height).toBeLessThanOrEqual(many?.height ?? 0);
      const next = rows[index + 1];
      if (next) expect(bar.y + bar.height).toBeLessThan(next.y);
    }
    const full = (many?.plotRight ?? 0) - (many?.baselineX ?? 0);
    expect(rows.at(-1)?.width).toBeCloseTo((full * 258) / niceMax(258), 0);
  });

  it('describes a panel in words for its text alternative', () => {
    expect(describePanel({ title: 'Supplier response rate', bars: [{ label: '2013', value: 75, valueLabel: '~75%', spoken: 'approximately 75%' }, { label: '2014', value: null, valueLabel: 'not stated' }] })).toBe('Supplier response rate: 2013, approximately 75%; 2014, not stated.');
    expect(describePanel(chart('marked-share')?.panels.find((item) => item.title === 'Tungsten') ?? { title: '', bars: [] })).toBe('Tungsten: 2013, 0% (0 of 1); 2014†, no facility listed.');
  });
});
