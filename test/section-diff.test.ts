import { describe, expect, it } from 'vitest';
import { compareSections } from '../src/lib/domain/section-diff.ts';
import { matchSections, stripNumbering, type SectionSource } from '../src/lib/domain/section-match.ts';
import { markdownToText, sectionText } from '../src/lib/domain/section-text.ts';
import { foldQuotes, wordDiff } from '../src/lib/domain/word-diff.ts';

describe('stripNumbering', () => {
  it.each([
    ['1. Infinera Overview', 'Infinera Overview'],
    ['2.1 Design of Due Diligence', 'Design of Due Diligence'],
    ['2.3. Identify risk', 'Identify risk'],
    ['IV. Due Diligence Measures Performed', 'Due Diligence Measures Performed'],
    ['viii. Additional Information', 'Additional Information'],
    ['Step 3: Design and implement a strategy', 'Design and implement a strategy'],
    ['Introduction', 'Introduction'],
    ['2014 Results', '2014 Results'],
    ['Item 1.01 Conflict Minerals Disclosure', 'Item 1.01 Conflict Minerals Disclosure'],
    ['Iron ore', 'Iron ore'],
  ])('%j → %j', (title, stripped) => {
    expect(stripNumbering(title)).toBe(stripped);
  });
});

describe('markdownToText', () => {
  it.each([
    ['emphasis and links', 'We **rely** on [our suppliers](https://example.org/x).', 'We rely on our suppliers.'],
    ['a component line', 'Before.\n\n<SmelterTable />\n\n<CountriesOfOrigin />\n\nAfter.', 'Before.\n\nAfter.'],
    ['list items as paragraphs', '- **a. Team** We have a team.\n- **b. Policy** We have a policy.', 'a. Team We have a team.\n\nb. Policy We have a policy.'],
    ['hard line breaks', 'Infinera Corporation\\\nConflict Minerals Report', 'Infinera Corporation Conflict Minerals Report'],
    ['a subsection heading', '#### Supply Chain\n\nText.', 'Supply Chain\n\nText.'],
    ['an address with underscores', 'See [http://x.com/social_responsibility/a_b.html](http://x.com/social_responsibility/a_b.html) now.', 'See http://x.com/social_responsibility/a_b.html now.'],
    ['an escaped asterisk', 'denoted with an asterisk (\\*) in the table', 'denoted with an asterisk (*) in the table'],
  ])('%s', (_label, markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });
});

const body2013 = `## Report

### 1. Overview

We make things.

#### Supply Chain

We rely on suppliers.

### 2. Due Diligence

#### 2.1 Design of Due Diligence

Designed per OECD.

#### 2.2 Management Systems

#### Internal Team

A core team.

#### 2.3 Identify and Assess Risk in the Supply Chain

Over 60 suppliers.

### 3. Results

#### Smelters or Refiners

The table below.

<SmelterTable />

### 4. Steps to be Taken to Mitigate Risk

- Include a clause.
- Engage suppliers.

### Introduction

Old intro.
`;

const body2014 = `## Report

### I. Introduction

New intro in the report.

### Introduction

Form intro.

### II. Company and Product Overview

We make more things.

### IV. Measures

#### Step 1: Establish strong company management systems

A conflict minerals team.

#### Step 2: Identify and assess risk in the supply chain

We identify suppliers.

### VI. Smelters or Refineries

The table below, with asterisks.

<SmelterTable />

### VII. Due Diligence Improvement Efforts

- Continue to collect responses.
`;

const from: SectionSource = {
  year: 2013,
  body: body2013,
  sections: { overview: '1-overview', 'management-systems': ['22-management-systems', 'internal-team'], 'risk-mitigation': '4-steps-to-be-taken-to-mitigate-risk', smelters: 'smelters-or-refiners', 'only-2013': '3-results' },
};
const to: SectionSource = {
  year: 2014,
  body: body2014,
  sections: { overview: 'ii-company-and-product-overview', 'management-systems': 'step-1-establish-strong-company-management-systems', 'risk-mitigation': 'vii-due-diligence-improvement-efforts', smelters: 'vi-smelters-or-refineries', 'only-2014': 'iv-measures' },
};

describe('sectionText', () => {
  it('runs to the next heading of the same or a higher level, subsections included', () => {
    expect(sectionText(body2013, ['1-overview'])).toBe('We make things.\n\nSupply Chain\n\nWe rely on suppliers.');
  });
  it('is empty for a heading followed straight by one of the same level; a list of ids joins the sections', () => {
    expect(sectionText(body2013, ['22-management-systems'])).toBe('');
    expect(sectionText(body2013, ['22-management-systems', 'internal-team'])).toBe('Internal Team\n\nA core team.');
  });
  it('drops the component lines', () => {
    expect(sectionText(body2013, ['smelters-or-refiners'])).toBe('The table below.');
  });
});

describe('matchSections', () => {
  const pairs = matchSections(from, to);
  const summary = pairs.map((pair) => [pair.key, pair.matchedBy, pair.from.ids.join('+'), pair.to.ids.join('+')]);

  it.each([
    ['overview', 'key', '1-overview', 'ii-company-and-product-overview'],
    ['management-systems', 'key', '22-management-systems+internal-team', 'step-1-establish-strong-company-management-systems'],
    ['smelters', 'key', 'smelters-or-refiners', 'vi-smelters-or-refineries'],
    ['risk-mitigation', 'key', '4-steps-to-be-taken-to-mitigate-risk', 'vii-due-diligence-improvement-efforts'],
    ['identify-and-assess-risk-in-the-supply-chain', 'title', '23-identify-and-assess-risk-in-the-supply-chain', 'step-2-identify-and-assess-risk-in-the-supply-chain'],
    ['introduction', 'title', 'introduction', 'introduction'],
  ])('pairs %s (by %s)', (key, matchedBy, fromIds, toIds) => {
    expect(summary).toContainEqual([key, matchedBy, fromIds, toIds]);
  });

  it('leaves out keys only one year has, headings with no counterpart, and an outer match around other matches', () => {
    const keys = pairs.map((pair) => pair.key);
    expect(keys).not.toContain('only-2013');
    expect(keys).not.toContain('only-2014');
    // "Report" reads the same in both years but contains every other match.
    expect(keys).not.toContain('report');
    expect(pairs).toHaveLength(6);
  });

  it('drops a match by title inside a keyed section (its text is compared there)', () => {
    const inside = matchSections(
      { year: 2013, body: '## Overview\n\nWe make things.\n\n### Supply Chain\n\nOld.\n', sections: { overview: 'overview' } },
      { year: 2014, body: '## Company Overview\n\nWe make more.\n\n## Supply Chain\n\nNew.\n', sections: { overview: 'company-overview' } },
    );
    expect(inside.map((pair) => pair.key)).toEqual(['overview']);
  });

  it('pairs the exactly equal heading when numbering makes two headings alike ("I. Introduction" / "Introduction")', () => {
    expect(pairs.find((pair) => pair.key === 'introduction')?.to.titles).toEqual(['Introduction']);
  });

  it('orders pairs as the later report does, titled by its heading without numbering', () => {
    expect(pairs.map((pair) => pair.title)).toEqual(['Introduction', 'Company and Product Overview', 'Establish strong company management systems', 'Identify and assess risk in the supply chain', 'Smelters or Refineries', 'Due Diligence Improvement Efforts']);
  });
});

describe('wordDiff', () => {
  it.each([
    ['a changed word', 'We have a team.', 'We have a committee.', [[{ kind: 'same', text: 'We have a ' }, { kind: 'removed', text: 'team' }, { kind: 'added', text: 'committee' }, { kind: 'same', text: '.' }]]],
    ['an added paragraph', 'One.', 'One.\n\nTwo more.', [[{ kind: 'same', text: 'One.' }, { kind: 'added', text: '\n\n' }], [{ kind: 'added', text: 'Two more.' }]]],
    ['only spacing and quotation marks differ', 'A “free”  designation.', 'A "free" designation.', [[{ kind: 'same', text: 'A "free" designation.', fromText: 'A “free”  designation.' }]]],
    ['a word removed before a space', 'finance and direct suppliers', 'finance direct suppliers', [[{ kind: 'same', text: 'finance ' }, { kind: 'removed', text: 'and ' }, { kind: 'same', text: 'direct suppliers' }]]],
    ['a list keeps its commas against the words', 'tin, tungsten, gold', 'tin, tantalum, tungsten, gold', [[{ kind: 'same', text: 'tin, ' }, { kind: 'added', text: 'tantalum, ' }, { kind: 'same', text: 'tungsten, gold' }]]],
  ] as const)('%s', (_label, before, after, paragraphs) => {
    expect(wordDiff(before, after).paragraphs).toEqual(paragraphs);
  });

  it('counts the words added and removed, and says when nothing changed', () => {
    expect(wordDiff('over 60 direct suppliers', 'over 75 direct suppliers in 2014')).toMatchObject({ wordsAdded: 3, wordsRemoved: 1, identical: false });
    expect(wordDiff('Same “words”.', 'Same "words".').identical).toBe(true);
  });

  it('folds a short common word between two rewrites into them, so the passage reads as one change', () => {
    const diff = wordDiff('Alpha beta gamma delta the epsilon zeta eta theta', 'Iota kappa lambda mu the nu xi omicron pi');
    expect(diff.paragraphs).toEqual([[{ kind: 'removed', text: 'Alpha beta gamma delta the epsilon zeta eta theta' }, { kind: 'added', text: 'Iota kappa lambda mu the nu xi omicron pi' }]]);
  });

  it('keeps a long common passage between two changes', () => {
    const diff = wordDiff('Old. We rely on our direct suppliers for information. Done.', 'New. We rely on our direct suppliers for information. Finished.');
    expect(diff.paragraphs[0]?.filter((part) => part.kind === 'same').map((part) => part.text.trim())).toEqual(['. We rely on our direct suppliers for information.', '.']);
  });

  it('folds typographic quotation marks', () => {
    expect(foldQuotes('“a” ‘b’')).toBe('"a" \'b\'');
  });
});

describe('compareSections', () => {
  it('gives every pair a word diff of its texts', () => {
    const smelters = compareSections(from, to).find((section) => section.key === 'smelters');
    expect(smelters?.diff.paragraphs).toEqual([[{ kind: 'same', text: 'The table below' }, { kind: 'added', text: ', with asterisks' }, { kind: 'same', text: '.' }]]);
  });
});
