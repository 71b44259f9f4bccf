import type { ReportData } from '../../schemas/report.ts';
import { metals } from '../../schemas/smelter-row.ts';
import { joinAnd, type Answer, type AnswerSegment } from './answers.ts';
import { formatDate } from './format.ts';
import { conclusionLabel, formatStated, markerStyleLabel } from './labels.ts';
import { extractHeadings, plainText } from '../content/markdown-source.ts';
import { formatShare, type TableFigures } from '../domain/report-figures.ts';
import { reportAnchors } from './url.ts';

/** What a report's answers are computed from. */
export interface ReportAnswerInput {
  year: number;
  data: Pick<ReportData, 'conclusion' | 'marker' | 'countriesOfOrigin' | 'suppliers'>;
  /** The report's Markdown text, to find the passage each quoted figure comes from. */
  body: string;
  /** Facilities per metal, each counted once. */
  figures: TableFigures;
}

const comparable = (text: string) => plainText(text).replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * `#id` of the heading of the section whose text contains `quote` (its first 80 characters), or
 * `fallback` when the text does not contain it.
 */
export function passageLink(body: string, quote: string, fallback: string): string {
  const needle = comparable(quote).slice(0, 80);
  // Paragraphs (runs of non-blank lines) with the line they start on, so a quote may span lines.
  const paragraphs: { line: number; text: string }[] = [];
  body.split('\n').forEach((text, index) => {
    const last = paragraphs.at(-1);
    if (text.trim() === '') paragraphs.push({ line: index + 2, text: '' });
    else if (last) last.text += ` ${text}`;
    else paragraphs.push({ line: index + 1, text });
  });
  const found = paragraphs.find((paragraph) => comparable(paragraph.text).includes(needle));
  if (!found) return `#${fallback}`;
  const heading = extractHeadings(body).filter((item) => item.line <= found.line).at(-1);
  return `#${heading?.slug ?? fallback}`;
}

/** The key figures of one year's report, one sentence each, each linked to where it comes from. */
export function reportAnswers({ year, data, body, figures }: ReportAnswerInput): Answer[] {
  const table = reportAnchors.table(year);
  const { total } = figures;
  const byMetal = metals.map((metal): AnswerSegment => {
    const count = figures.byMetal[metal].facilities;
    return count === 0 ? `no ${metal.toLowerCase()}` : { text: `${count} ${metal.toLowerCase()}`, href: `#${reportAnchors.metal(year, metal)}` };
  });
  const meaning = data.marker.meaning
    ? [`: as of ${formatDate(data.marker.asOf)}, a marked facility ${data.marker.meaning} (`, { text: 'the filing’s definition', href: passageLink(body, data.marker.quote, reportAnchors.legend(year)) }, ').']
    : [`, as of ${formatDate(data.marker.asOf)} (`, { text: 'what that means', href: `#${reportAnchors.legend(year)}` }, ').'];
  const { count: suppliers, responseRate } = data.suppliers;
  const stated = [
    ...(suppliers ? [{ text: `${formatStated(suppliers)} direct suppliers`, href: passageLink(body, suppliers.quote, table) }] : []),
    ...(responseRate ? [{ text: `a response rate of ${formatStated(responseRate, '%')}`, href: passageLink(body, responseRate.quote, table) }] : []),
  ];
  return [
    { id: 'conclusion', segments: [`Conclusion: ${conclusionLabel[data.conclusion.status]} (`, { text: 'in the filing’s words', href: passageLink(body, data.conclusion.quote, table) }, ').'] },
    { id: 'facilities', segments: ['The filing lists ', { count: total.facilities, year, label: total.facilities === 1 ? 'smelter or refiner' : 'smelters and refiners', href: `#${table}` }, '.'] },
    { id: 'metals', segments: ['By metal: ', ...joinAnd(byMetal), '.'] },
    { id: 'marked', segments: [{ text: `${total.marked} of the ${total.facilities} (${formatShare(total.markedShare)})`, href: `#${table}` }, ` are ${markerStyleLabel[data.marker.style]}`, ...meaning] },
    {
      id: 'countries',
      segments: data.countriesOfOrigin.length === 0 ? ['The filing lists no countries of origin.'] : ['It lists ', { text: `${data.countriesOfOrigin.length} countries of origin`, href: `#${reportAnchors.countries(year)}` }, ' that the filing believes the minerals come from.'],
    },
    { id: 'suppliers', segments: stated.length === 0 ? ['The filing states no supplier count or response rate.'] : ['The filing states ', ...joinAnd(stated), '.'] },
  ];
}
