import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../src/lib/domain/compare-reports.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { wordDiff, type WordDiff } from '../src/lib/domain/word-diff.ts';

/** One side of a difference read on its own: the common runs (as that side prints them) and that side's changes. */
function side(diff: WordDiff, which: 'from' | 'to'): string {
  return diff.paragraphs
    .flat()
    .map((part) => (part.kind === 'same' ? (which === 'from' ? (part.fromText ?? part.text) : part.text) : part.kind === (which === 'from' ? 'removed' : 'added') ? part.text : ''))
    .join('');
}

describe('wordDiff keeps each text as printed', () => {
  it.each([
    ['words glued at a removal', 'risk management, finance and legal', 'risk management, finance, legal and compliance'],
    ['a word added before a space', 'our direct suppliers', 'our first-tier direct suppliers'],
    ['a sentence after an address', 'see www.infinera.com. The policy', 'see www.infinera.com. This policy'],
    ['commas in a list', 'tin , tungsten and gold', 'tin, tantalum, tungsten, and gold'],
    ['paragraphs added and removed', 'One.\n\nTwo.\n\nThree.', 'One.\n\nThree.\n\nFour, five.'],
    ['spacing and quotation marks only', 'A “free”  designation.\n\nB', 'A "free" designation. B'],
    ['everything rewritten', 'Alpha beta gamma delta the epsilon', 'Iota kappa the lambda'],
    ['empty before', '', 'New text.'],
    ['leading and trailing spacing', '  Padded text.  ', 'Padded text.'],
  ])('%s', (_label, before, after) => {
    const diff = wordDiff(before, after);
    expect(side(diff, 'from')).toBe(before);
    expect(side(diff, 'to')).toBe(after);
  });
});

describe('every compared section of the real reports', () => {
  const content = loadContent(join(import.meta.dirname, '..'));
  const reports = [...content.reports].sort((a, b) => a.data.year - b.data.year);
  const snapshot = (report: (typeof reports)[number]) => ({ year: report.data.year, data: report.data, rows: [], body: report.body.replace(/\r\n?/g, '\n') });
  const sections = reports.flatMap((from, index) => reports.slice(index + 1).flatMap((to) => compareReports(snapshot(from), snapshot(to), []).sections.map((section) => ({ pair: `${from.data.year}-${to.data.year}`, section }))));

  it('has sections to compare', () => {
    expect(sections.length).toBeGreaterThan(5);
  });

  it.each(sections.map(({ pair, section }) => [pair, section.key, section] as const))('%s %s: each side, read on its own, is the source section text', (_pair, _key, section) => {
    expect(side(section.diff, 'from')).toBe(section.from.text);
    expect(side(section.diff, 'to')).toBe(section.to.text);
  });
});
