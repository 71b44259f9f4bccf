import { describe, expect, it } from 'vitest';
import { checkGlossaryQuotes, linkFirstUses, parseGlossary, sortedTerms, termMatchers } from '../src/lib/domain/glossary.ts';

const terms = [
  { id: 'drc', match: ['DRC'] },
  { id: 'undeterminable', match: ['DRC conflict undeterminable'] },
  { id: 'rcoi', match: ['RCOI', 'reasonable country of origin inquiry'] },
  { id: 'smelter', match: ['smelter', 'smelters'] },
];
const matchers = termMatchers(terms);

describe('linkFirstUses', () => {
  it.each([
    ['links the first use of a term only', 'The DRC and the DRC.', ['The ', { id: 'drc', text: 'DRC' }, ' and the DRC.']],
    ['prefers the longer of two overlapping spellings', 'Products are DRC conflict undeterminable in the DRC.', ['Products are ', { id: 'undeterminable', text: 'DRC conflict undeterminable' }, ' in the ', { id: 'drc', text: 'DRC' }, '.']],
    ['matches whole words only', 'Smelters2 and DRCs are not terms', ['Smelters2 and DRCs are not terms']],
    ['matches a capitals-only spelling exactly', 'the rcoi was done', ['the rcoi was done']],
    ['matches other spellings whatever their capitals', 'A Reasonable Country of Origin Inquiry', ['A ', { id: 'rcoi', text: 'Reasonable Country of Origin Inquiry' }]],
    ['links one spelling of a term and not its other spellings after', 'RCOI and then a reasonable country of origin inquiry', [{ id: 'rcoi', text: 'RCOI' }, ' and then a reasonable country of origin inquiry']],
  ] as const)('%s', (_, text, expected) => {
    expect(linkFirstUses(text, matchers, new Set())).toEqual(expected);
  });

  it('remembers uses across texts of one page', () => {
    const used = new Set<string>();
    expect(linkFirstUses('one smelter', matchers, used)).toEqual(['one ', { id: 'smelter', text: 'smelter' }]);
    expect(linkFirstUses('two smelters', matchers, used)).toEqual(['two smelters']);
    expect([...used]).toEqual(['smelter']);
  });
});

describe('parseGlossary', () => {
  const entry = (id: string, match: string, extra = '') => `- id: ${id}\n  term: ${id.toUpperCase()}\n  match: [${match}]\n  definition: Words.\n${extra}`;

  it('reads a valid glossary', () => {
    const { terms: parsed, problems } = parseGlossary(entry('rcoi', 'RCOI', '  see: [cmrt]\n') + entry('cmrt', 'CMRT'));
    expect(problems).toEqual([]);
    expect(parsed.map((term) => [term.id, term.see])).toEqual([['rcoi', ['cmrt']], ['cmrt', []]]);
  });

  it.each([
    ['a repeated id', entry('rcoi', 'RCOI') + entry('rcoi', 'Inquiry'), 5, 'the id "rcoi" is used by another term'],
    ['a spelling linked to two terms', entry('rcoi', 'RCOI') + entry('cmrt', 'rcoi'), 7, '"rcoi" is already linked to the term "rcoi"'],
    ['a "see" id that is not a term', entry('rcoi', 'RCOI', '  see: [nothing]\n'), 5, 'there is no term with the id "nothing"'],
    ['an entry without a definition', '- id: rcoi\n  term: RCOI\n  match: [RCOI]\n', 1, 'definition: is missing'],
    ['a file that is not a list', 'rcoi: RCOI\n', 1, 'the file is not a list of terms'],
  ])('refuses %s, naming the line', (_, text, line, message) => {
    const { problems } = parseGlossary(text, 'content/glossary.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(`${problems[0]?.field ? `${problems[0].field.replace(/^\[\d+\]\./, '')}: ` : ''}${problems[0]?.message}`).toContain(message);
  });
});

describe('checkGlossaryQuotes', () => {
  const term = (year: number, text: string) => ({ id: 'rcoi', term: 'RCOI', match: ['RCOI'], definition: 'Words.', quotes: [{ year, text }], see: [] });
  const reports = [{ year: 2013, body: '## Step 2\n\nWe made a **reasonable**\ninquiry (“RCOI”). Then more.' }];

  it('finds a quote in the report text, whatever its line breaks and markup', () => {
    expect(checkGlossaryQuotes({ terms: [term(2013, 'We made a reasonable inquiry (“RCOI”).')] }, reports)).toEqual([]);
  });

  it.each([
    ['a sentence the report does not print', term(2013, 'We made an inquiry (“RCOI”).'), 'not in the 2013 report'],
    ['a year with no report', term(2015, 'We made a reasonable inquiry (“RCOI”).'), 'the 2015 report, which does not exist'],
  ])('reports %s', (_, glossaryTerm, message) => {
    expect(checkGlossaryQuotes({ terms: [glossaryTerm] }, reports).map((problem) => problem.message).join()).toContain(message);
  });
});

describe('sortedTerms', () => {
  it('sorts by name, ignoring quotation marks and case', () => {
    const named = (term: string) => ({ id: term.toLowerCase().replace(/\W/g, ''), term, match: [term], definition: 'Words.', quotes: [], see: [] });
    expect(sortedTerms([named('RCOI'), named('“Active” smelter'), named('3TG'), named('conformant')]).map((term) => term.term)).toEqual(['3TG', '“Active” smelter', 'conformant', 'RCOI']);
  });
});
