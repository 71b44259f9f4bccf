import type { ReportComparison } from '../domain/compare-reports.ts';
import { formatChange } from '../domain/compare-reports.ts';
import type { Answer, AnswerSegment } from './answers.ts';
import { plural } from './format.ts';
import { formatShare } from '../domain/report-figures.ts';

/** The plain-words meaning of each year's marker, where the report gives one. */
export type MarkerMeanings = { from?: string | undefined; to?: string | undefined };

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The key changes between two years, one sentence each, each linked to the part of the comparison page it comes from. */
export function comparisonAnswers(comparison: ReportComparison, meanings: MarkerMeanings = {}): Answer[] {
  const { figures, marker, countries, sections } = comparison;
  const from = comparison.from.year;
  const to = comparison.to.year;
  const added = sum(comparison.metals.map((metal) => metal.added.length));
  const removed = sum(comparison.metals.map((metal) => metal.removed.length));
  const renamed = sum(comparison.metals.map((metal) => metal.renamed.length));
  const likelyRenamed = sum(comparison.metals.map((metal) => metal.likelyRenamed.length));
  const markedIn = (year: number, pair: { marked: number; facilities: number; markedShare: number | null }): AnswerSegment => ({ text: `${pair.marked} of ${pair.facilities} (${formatShare(pair.markedShare)}) in ${year}`, href: '#figures' });
  const meaningDiffers = marker.differences.length > 0;
  const bothMeanings = meanings.from && meanings.to ? [` In ${from} a marked facility ${meanings.from}; in ${to}, it ${meanings.to}.`] : [];
  const changedSections = sections.filter((section) => !section.diff.identical).length;
  return [
    {
      id: 'facilities',
      segments: [
        `The ${from} filing lists `,
        { count: figures.total.from.facilities, year: from, label: 'smelters and refiners', href: '#figures' },
        `; the ${to} filing lists `,
        { count: figures.total.to.facilities, year: to, label: '', href: '#figures' },
        ` (${formatChange(figures.total.facilitiesChange)}).`,
      ],
    },
    {
      id: 'changes',
      segments: [
        { text: `${plural(added, 'facility', 'facilities')} added and ${removed} removed`, href: '#facilities' },
        `, matched through the smelter registry; ${plural(renamed, 'facility is', 'facilities are')} listed in both years under another name, and counted as neither.`,
        ...(likelyRenamed > 0 ? [' ', { text: `${plural(likelyRenamed, 'more removal is a likely rename', 'more removals are likely renames')}`, href: '#facilities' }, ', shown side by side and counted apart.'] : []),
      ],
    },
    {
      id: 'marked',
      segments: meaningDiffers
        ? ['Marked: ', markedIn(from, figures.total.from), ' and ', markedIn(to, figures.total.to), ', but the marker ', { text: 'means something different each year', href: '#marker-meaning' }, '.', ...bothMeanings]
        : ['Marked: ', markedIn(from, figures.total.from), ' and ', markedIn(to, figures.total.to), ', and the marker ', { text: 'means the same in both years', href: '#marker-meaning' }, '.'],
    },
    { id: 'countries', segments: [{ text: `${plural(countries.added.length, 'country', 'countries')} of origin added and ${countries.removed.length} removed`, href: '#countries' }, '.'] },
    ...(sections.length > 0 ? [{ id: 'text', segments: [{ text: `${changedSections} of ${plural(sections.length, 'matching section')}`, href: '#text' }, ` of the text ${changedSections === 1 ? 'has' : 'have'} changed wording.`] }] : []),
  ];
}
