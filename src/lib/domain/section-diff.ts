import { matchSections, type SectionPair, type SectionSource } from './section-match.ts';
import { wordDiff, type WordDiff } from './word-diff.ts';

/** A matched pair of sections with the word-level difference of their texts. */
export interface SectionComparison extends SectionPair {
  diff: WordDiff;
}

/** Every matched section of two years with its word-level difference. */
export function compareSections(from: SectionSource, to: SectionSource): SectionComparison[] {
  return matchSections(from, to).map((pair) => ({ ...pair, diff: wordDiff(pair.from.text, pair.to.text) }));
}
