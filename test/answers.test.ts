import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms, type Answer, type AnswerSegment } from '../src/lib/presentation/answers.ts';
import { facilityFigures } from '../src/lib/domain/compare-facilities.ts';
import { compareReports } from '../src/lib/domain/compare-reports.ts';
import { comparisonAnswers } from '../src/lib/presentation/comparison-answers.ts';
import { termMatchers } from '../src/lib/domain/glossary.ts';
import { passageLink, reportAnswers } from '../src/lib/presentation/report-answers.ts';
import { facts, registry, row, snapshot } from './fixtures/compare/reports.ts';

const textOf = (segment: AnswerSegment) => (typeof segment === 'string' ? segment : 'text' in segment ? segment.text : `${segment.count}${segment.label ? ` ${segment.label}` : ''}`);
const sentence = (answers: readonly Answer[], id: string) => answers.find((answer) => answer.id === id)?.segments.map(textOf).join('') ?? '';
const links = (answers: readonly Answer[], id: string) => (answers.find((answer) => answer.id === id)?.segments ?? []).flatMap((segment) => (typeof segment === 'string' ? [] : [[textOf(segment), segment.href]]));
const counts = (answers: readonly Answer[]) => answers.flatMap((answer) => answer.segments.flatMap((segment) => (typeof segment !== 'string' && 'count' in segment ? [[segment.year, segment.count]] : [])));

const body = ['## Results', '', 'We have concluded that the products are “DRC conflict undeterminable.”', '', '## Smelters', '', 'Smelters marked with an asterisk (*) are', 'conflict free as of May 20, 2021.', '', '## Suppliers', '', 'We identified over 60 direct suppliers.'].join('\n');
const rows = [
  row('Gold', 'Perth Mint', true, 'gold-perth-mint'),
  row('Gold', 'Aida', false, 'gold-aida'),
  row('Tin', 'PT Timah (Persero) Tbk', false, 'tin-pt-timah'),
  row('Tin', 'PT Timah (Persero), Tbk', true, 'tin-pt-timah'),
];
const data = facts({
  conclusion: { status: 'drc-conflict-undeterminable', quote: 'We have concluded that the products are “DRC conflict undeterminable.”' },
  marker: { style: 'asterisk', asOf: new Date(Date.UTC(2021, 4, 20)), quote: 'Smelters marked with an asterisk (*) are conflict free as of May 20, 2021.', meaning: 'was conflict free' },
  suppliers: { count: { value: 60, qualifier: 'over', quote: 'We identified over 60 direct suppliers.' } },
  countriesOfOrigin: ['Chile', 'Peru'],
});
const answers = reportAnswers({ year: 2021, data, body, figures: facilityFigures(rows) });

describe('reportAnswers', () => {
  it('counts facilities, not rows: a facility printed on two rows counts once, marked when any row is', () => {
    expect(counts(answers)).toEqual([[2021, 3]]);
    expect(sentence(answers, 'facilities')).toBe('The filing lists 3 smelters and refiners.');
    expect(sentence(answers, 'marked')).toBe('2 of the 3 (67%) are marked with an asterisk (*): as of May 20, 2021, a marked facility was conflict free (the filing’s definition).');
  });

  it('links each figure to the table or the passage it comes from', () => {
    expect(links(answers, 'facilities')).toEqual([['3 smelters and refiners', '#smelters-2021']]);
    expect(links(answers, 'metals')).toEqual([['2 gold', '#smelters-2021-gold'], ['1 tin', '#smelters-2021-tin']]);
    expect(links(answers, 'conclusion')).toEqual([['in the filing’s words', '#results']]);
    expect(links(answers, 'marked')).toEqual([['2 of the 3 (67%)', '#smelters-2021'], ['the filing’s definition', '#smelters']]);
    expect(links(answers, 'suppliers')).toEqual([['over 60 direct suppliers', '#suppliers']]);
    expect(links(answers, 'countries')).toEqual([['2 countries of origin', '#countries-2021']]);
  });

  it('says which metals have no facility, and what the filing does not state', () => {
    expect(sentence(answers, 'metals')).toBe('By metal: 2 gold, no tantalum, 1 tin and no tungsten.');
    const bare = reportAnswers({ year: 2021, data: facts(), body, figures: facilityFigures(rows) });
    expect(sentence(bare, 'suppliers')).toBe('The filing states no supplier count or response rate.');
    expect(sentence(bare, 'countries')).toBe('The filing lists no countries of origin.');
    expect(links(bare, 'marked').at(-1)).toEqual(['what that means', '#legend-2021']);
  });
});

describe('passageLink', () => {
  it.each([
    ['a quote on one line', 'We identified over 60 direct suppliers.', '#suppliers'],
    ['a quote broken over lines, with other quotation marks', 'Smelters marked with an asterisk (*) are conflict free', '#smelters'],
    ['a quote the text does not hold', 'Something else entirely.', '#fallback'],
  ])('finds the section of %s', (_, quote, expected) => {
    expect(passageLink(body, quote, 'fallback')).toBe(expected);
  });
});

describe('comparisonAnswers', () => {
  const from = snapshot(2020, [row('Gold', 'Perth Mint', false, 'gold-perth-mint'), row('Gold', 'Old', true, 'gold-old')]);
  const to = snapshot(2021, rows, { marker: { style: 'italics', asOf: new Date(Date.UTC(2022, 0, 1)), quote: 'Italicized facilities are audited.' } });
  const compared = comparisonAnswers(compareReports(from, to, registry), { from: 'was conflict free', to: 'was audited' });

  it('gives each year’s facility count and the changes between them', () => {
    expect(counts(compared)).toEqual([[2020, 2], [2021, 3]]);
    expect(sentence(compared, 'facilities')).toBe('The 2020 filing lists 2 smelters and refiners; the 2021 filing lists 3 (+1).');
    expect(sentence(compared, 'changes')).toBe('2 facilities added and 1 removed, matched through the smelter registry; 0 facilities are listed in both years under another name, and counted as neither.');
  });

  it('says when the marker means something different, in both years’ plain words', () => {
    expect(sentence(compared, 'marked')).toBe('Marked: 1 of 2 (50%) in 2020 and 2 of 3 (67%) in 2021, but the marker means something different each year. In 2020 a marked facility was conflict free; in 2021, it was audited.');
    expect(links(compared, 'marked').map(([, href]) => href)).toEqual(['#figures', '#figures', '#marker-meaning']);
  });
});

describe('linkGlossaryTerms', () => {
  it('links the first use of each term across the card, never inside a figure’s link', () => {
    const matchers = termMatchers([{ id: 'drc', match: ['DRC'] }]);
    const linked = linkGlossaryTerms([{ id: 'a', segments: ['In the DRC ', { text: 'DRC figures', href: '#x' }] }, { id: 'b', segments: ['the DRC again'] }], matchers);
    expect(linked.map((answer) => answer.segments)).toEqual([['In the ', { text: 'DRC', href: '/glossary/#drc' }, ' ', { text: 'DRC figures', href: '#x' }], ['the DRC again']]);
  });
});
