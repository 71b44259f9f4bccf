import { linkFirstUses, type TermMatcher } from '../domain/glossary.ts';
import { paths } from './url.ts';

/**
 * A piece of an answer sentence: plain text, a link (to the table or passage a figure comes
 * from, or to the glossary), or a year's facility count, which pages mark up so tests can check
 * that the site gives one count per year.
 */
export type AnswerSegment = string | { text: string; href: string } | { count: number; year: number; label: string; href: string };

/** One sentence of an answer card. */
export interface Answer {
  /** What the sentence answers, for the list item's id (`answer-facilities`). */
  id: string;
  segments: AnswerSegment[];
}

/** Links the first use of each glossary term in the answers' plain text (one set of uses for the card). */
export function linkGlossaryTerms(answers: readonly Answer[], matchers: readonly TermMatcher[]): Answer[] {
  const used = new Set<string>();
  return answers.map((answer) => ({
    ...answer,
    segments: answer.segments.flatMap((segment): AnswerSegment[] =>
      typeof segment === 'string' ? linkFirstUses(segment, matchers, used).map((piece) => (typeof piece === 'string' ? piece : { text: piece.text, href: paths.glossary(piece.id) })) : [segment],
    ),
  }));
}

/** Segments joined as "a, b and c". */
export function joinAnd(items: readonly AnswerSegment[]): AnswerSegment[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [index === items.length - 1 ? ' and ' : ', ', item]));
}
